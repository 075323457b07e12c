import { isSyllable } from './hangul.js';
import type { Korean } from './korean.js';
import { symbolPrior, templateBonus, type Slot } from './model.js';

const inWord = (slot: Slot): boolean => (typeof slot === 'string' ? isSyllable(slot) : slot.some(isSyllable));
// Up to this many fills are all tried; beyond, a beam of BEAM partial fills is kept from gap to gap.
const EXHAUSTIVE = 4096;
const BEAM = 96;
// Weights of a word's evidence: per point of analysis (dictionary, grammar), per unit of log count
// in running text, per unit of log likelihood of how it joins the words on either side, and of the
// punctuation right against it ("(예:" in running text, hardly ever "(수:").
const KNOWN = 10;
const FREQUENCY = 2;
const ACROSS = 1;
const MARKS = 3;
const PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const decisionsByModel = new WeakMap<Korean, Map<string, { choice: string[]; close: boolean }>>();

/** The best of `options` by `score` (the first of equals), and whether the runner-up came close. */
function best<T>(options: readonly T[], score: (o: T) => number): { choice: T; close: boolean } {
  let choice = options[0] as T;
  let top = -Infinity;
  let runnerUp = -Infinity;
  for (const o of options) {
    const s = score(o);
    if (s > top) {
      runnerUp = top;
      top = s;
      choice = o;
    } else if (s > runnerUp) runnerUp = s;
  }
  return { choice, close: options.length > 1 && top - runnerUp < 1 };
}

/**
 * Ways to fill `gaps` (candidate lists): all of them when there are few, else the best `BEAM` by
 * `prefixScore` kept after each gap (under Windows-1257 a word can have several gaps of 144 candidates).
 */
function combinations(gaps: readonly string[][], prefixScore: (partial: string[]) => number): string[][] {
  const all = gaps.reduce((n, options) => n * options.length, 1) <= EXHAUSTIVE;
  let beam: string[][] = [[]];
  for (const options of gaps) {
    const next: string[][] = [];
    for (const partial of beam) for (const c of options) next.push([...partial, c]);
    beam =
      all || next.length <= BEAM
        ? next
        : next
            .map((p) => ({ p, s: prefixScore(p) }))
            .sort((a, b) => b.s - a.s)
            .slice(0, BEAM)
            .map((x) => x.p);
  }
  return beam;
}

/**
 * Fills a line's gaps: a gap inside one of the template's phrases takes the phrase's character; the
 * gaps of a Korean word are chosen together, by whether the word analyses and how its syllables follow
 * each other; any other gap by the emoji and punctuation priors.
 */
export function resolveLine(slots: readonly Slot[], korean: Korean | undefined): { text: string; uncertain: boolean } {
  let uncertain = false;
  let decisions = korean && decisionsByModel.get(korean);
  if (korean && !decisions) decisionsByModel.set(korean, (decisions = new Map()));
  const s: Slot[] = slots.map((slot, i) => {
    if (typeof slot === 'string') return slot;
    const fits = slot.filter((c) => templateBonus(slots, i, c) > 0);
    return fits.length === 1 ? fits[0]! : slot;
  });
  for (let i = 0; i < s.length; ) {
    if (!korean || !inWord(s[i]!)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < s.length && inWord(s[j]!)) j += 1;
    const gaps: number[] = [];
    for (let k = i; k < j; k += 1) if (typeof s[k] !== 'string') gaps.push(k);
    if (gaps.length > 0) {
      const left = typeof s[i - 1] === 'string' ? (s[i - 1] as string) : ' ';
      const right = typeof s[j] === 'string' ? (s[j] as string) : ' ';
      // The syllables across one space on either side, where they are known: the word before is
      // decided already, the word after counts when its first syllable lost nothing.
      const syllableAt = (k: number) => (typeof s[k] === 'string' && isSyllable(s[k] as string) ? (s[k] as string) : '');
      // "^": the word starts a line, or follows other text across a space.
      const before = left === ' ' ? syllableAt(i - 2) || '^' : i === 0 ? '^' : '';
      const after = right === ' ' ? syllableAt(j + 1) : '';
      const followedByWord = right === ' ' && j + 1 < s.length && inWord(s[j + 1]!);
      // A quote closes a word when something other than a space stands before it.
      const closingQuote = (left === "'" || left === '"' || left === '`') && /\S/.test(typeof s[i - 2] === 'string' ? (s[i - 2] as string) : ' ');
      // The same word with the same gaps recurs (the template, common words): decide it once.
      let key = `${before}${left}${closingQuote ? '"' : ''}\u0000${after}${followedByWord ? '+' : ''}\u0000`;
      for (let k = i; k < j; k += 1) key += typeof s[k] === 'string' ? (s[k] as string) : `[${(s[k] as string[]).join('')}]`;
      key += `\u0000${right}`;
      let pick = decisions!.get(key);
      if (!pick) {
        // A particle attaches to what ends a word: a letter, a digit, a closing bracket or quote.
        const attached = /[\p{L}\p{N})\]>’”」』]/u.test(left) || closingQuote;
        // The word's syllables that lost nothing; a fill copies them and sets its gaps.
        const kept = s.slice(i, j).map((slot) => (typeof slot === 'string' ? slot : ''));
        const fill = (combo: string[]) => {
          const word = kept.slice();
          for (let n = 0; n < combo.length; n += 1) word[gaps[n]! - i] = combo[n]!;
          return word;
        };
        const options = gaps.map((k) => s[k] as string[]);
        // A partial fill is judged by the syllables up to its last gap.
        const prefixScore = (partial: string[]) => korean.logProb([left, ...fill(partial).slice(0, gaps[partial.length - 1]! - i + 1)]);
        const markBefore = PUNCTUATION.test(left);
        const markAfter = PUNCTUATION.test(right);
        const context = { attached, before, followedByWord };
        pick = best(combinations(options, prefixScore), (combo) => {
          const word = fill(combo);
          let outside = 0;
          for (const c of combo) if (!isSyllable(c)) outside += symbolPrior(c);
          const text = word.join('');
          const link =
            ACROSS * ((before ? korean.across(before, word[0]!) : 0) + (after ? korean.across(word.at(-1)!, after) : 0)) +
            MARKS * ((markBefore ? korean.against(word[0]!, left, 'before') : 0) + (markAfter ? korean.against(word.at(-1)!, right, 'after') : 0));
          return (
            KNOWN * korean.known(text, context) +
            FREQUENCY * korean.frequency(text) +
            link +
            korean.logProb([left, ...word, right]) -
            korean.textCost(text) +
            outside
          );
        });
        if (decisions!.size > 50_000) decisions!.clear();
        decisions!.set(key, pick);
      }
      gaps.forEach((k, n) => {
        s[k] = pick.choice[n]!;
      });
      uncertain ||= pick.close;
    }
    i = j;
  }
  const text = s
    .map((slot) => {
      if (typeof slot === 'string') return slot;
      const pick = best(slot, symbolPrior);
      uncertain ||= pick.close;
      return pick.choice;
    })
    .join('');
  return { text, uncertain };
}
