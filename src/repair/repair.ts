import { CODECS, SUSPECT, type Codec } from './codecs.js';
import type { Korean } from './korean.js';
import { symbolPrior, templateBonus, type Slot } from './model.js';
import { allPlausible } from './plausible.js';
import { candidatesFor, decodeSequence, groupsOf } from './utf8.js';

/** What repairing a text did. */
export interface RepairResult {
  text: string;
  changed: boolean;
  /** The misreading undone, outermost first (several for double garbling). */
  codecs: string[];
  /** 1-based lines where a lost byte was chosen with little to go on. */
  uncertain: number[];
}

/** How one run of non-ASCII characters reads back under a codec. */
type Reading =
  | { kind: 'valid'; text: string }
  | { kind: 'lossy'; slots: Slot[] }
  | { kind: 'no' };

const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

/** Quick test: nothing in `text` is a character that misreading UTF-8 produces. */
export function looksClean(text: string): boolean {
  for (const ch of text) if (ch.charCodeAt(0) >= 0x80 && SUSPECT.has(ch)) return false;
  return true;
}

// Runs repeat a lot within a text (the same syllables, the same template), so readings are memoized
// per codec and mode; the memo lives as long as the codec table.
const memo = new WeakMap<Codec, Map<string, Reading>>();

function read(piece: string, codec: Codec, lossy: boolean): Reading {
  let byCodec = memo.get(codec);
  if (!byCodec) memo.set(codec, (byCodec = new Map()));
  const key = lossy ? `L${piece}` : `S${piece}`;
  let reading = byCodec.get(key);
  if (!reading) {
    reading = readUncached(piece, codec, lossy);
    // Bounded, so that a long run of unusual text cannot grow it without limit.
    if (byCodec.size > 50_000) byCodec.clear();
    byCodec.set(key, reading);
  }
  return reading;
}

function readUncached(piece: string, codec: Codec, lossy: boolean): Reading {
  const bytes: number[] = [];
  for (const ch of piece) bytes.push(codec.encode.get(ch)!);
  const groups = groupsOf(bytes);
  if (!groups) return { kind: 'no' };
  if (groups.every((g) => g.missing === 0)) {
    const text = decodeSequence(bytes);
    return text !== null && text !== piece && allPlausible(text) ? { kind: 'valid', text } : { kind: 'no' };
  }
  if (!lossy || codec.undefinedBytes.length === 0) return { kind: 'no' };
  const slots: Slot[] = [];
  for (const g of groups) {
    if (g.missing === 0) {
      const ch = decodeSequence(g.bytes);
      if (ch === null || !allPlausible(ch)) return { kind: 'no' };
      slots.push(ch);
      continue;
    }
    const options = candidatesFor(g, codec.undefinedBytes).filter(allPlausible);
    if (options.length === 0) return { kind: 'no' };
    slots.push(options.length === 1 ? options[0]! : options);
  }
  return { kind: 'lossy', slots };
}

/** The pieces of `text` a codec could have produced: runs of non-ASCII characters it can encode. */
function* piecesOf(text: string, codec: Codec): Generator<{ start: number; piece: string }> {
  for (const m of text.matchAll(NON_ASCII_RUN)) {
    let start = m.index!;
    let piece = '';
    for (const ch of m[0]) {
      if (codec.encode.has(ch)) piece += ch;
      else {
        if (piece) yield { start, piece };
        start += piece.length + ch.length;
        piece = '';
      }
    }
    if (piece) yield { start, piece };
  }
}

/**
 * How strongly the text reads as mojibake of `codec`, in characters: runs that read back count for it;
 * runs that cannot, or that hold suspect characters the codec never produces, count against it.
 */
const EVIDENCE_RUNS = 400;

function evidence(text: string, codec: Codec): { score: number; valid: number; lossy: boolean } {
  let score = 0;
  let valid = 0;
  let lossy = false;
  let seen = 0;
  for (const m of text.matchAll(NON_ASCII_RUN)) {
    const run = m[0];
    const suspects = [...run].filter((ch) => SUSPECT.has(ch)).length;
    if (suspects === 0) continue;
    // The first few hundred suspect runs decide as well as all of them, and keep the work linear.
    if ((seen += 1) > EVIDENCE_RUNS) break;
    if (![...run].every((ch) => codec.encode.has(ch))) {
      score -= suspects;
      continue;
    }
    const r = read(run, codec, true);
    if (r.kind === 'no') score -= 2 * run.length;
    else score += run.length;
    if (r.kind === 'valid') valid += 1;
    if (r.kind === 'lossy') lossy = true;
  }
  return { score, valid, lossy };
}

const covers = (a: Codec, b: Codec): boolean => a.undefinedBytes.length > b.undefinedBytes.length && b.undefinedBytes.every((x) => a.undefinedBytes.includes(x));

function chooseCodec(text: string): { codec: Codec; lossy: boolean } | undefined {
  let best: { codec: Codec; score: number; lossy: boolean } | undefined;
  for (const codec of CODECS) {
    const e = evidence(text, codec);
    if (e.valid === 0 || e.score <= 0) continue;
    // Text without a character only one of them has reads the same under Windows-1252 and -1254; when
    // bytes were lost, the codepage that loses more of them explains every gap the other does, and more.
    const better = !best || e.score > best.score || (e.score === best.score && e.lossy && covers(codec, best.codec));
    if (better) best = { codec, score: e.score, lossy: e.lossy };
  }
  return best && { codec: best.codec, lossy: best.lossy };
}

const isSyllable = (ch: string): boolean => ch >= '가' && ch <= '힣';
const inWord = (slot: Slot): boolean => (typeof slot === 'string' ? isSyllable(slot) : slot.some(isSyllable));
const BEAM = 4096;
const decisionsByModel = new WeakMap<Korean, Map<string, { choice: string[]; close: boolean }>>();

/** The best of `options` by `score`, and whether the runner-up came close. */
function best<T>(options: readonly T[], score: (o: T) => number): { choice: T; close: boolean } {
  const ranked = options.map((o) => ({ o, s: score(o) })).sort((a, b) => b.s - a.s);
  return { choice: ranked[0]!.o, close: ranked.length > 1 && ranked[0]!.s - ranked[1]!.s < 1 };
}

/**
 * Ways to fill `gaps` (candidate lists): all of them when there are few, else the best `BEAM` by
 * `prefixScore` kept after each gap (a word can have several gaps of 144 candidates each).
 */
function combinations(gaps: readonly string[][], prefixScore: (partial: string[]) => number): string[][] {
  let beam: string[][] = [[]];
  for (const options of gaps) {
    const next: string[][] = [];
    for (const partial of beam) for (const c of options) next.push([...partial, c]);
    beam = next.length <= BEAM ? next : next.map((p) => ({ p, s: prefixScore(p) })).sort((a, b) => b.s - a.s).slice(0, BEAM).map((x) => x.p);
  }
  return beam;
}

/**
 * Fills a line's gaps: a gap inside one of the template's phrases takes the phrase's character; the
 * gaps of a Korean word are chosen together, by whether the word analyses and how its syllables follow
 * each other; any other gap by the emoji and punctuation priors.
 */
function resolveLine(slots: readonly Slot[], korean: Korean | undefined): { text: string; uncertain: boolean } {
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
      const attached = /[\p{L}\p{N})\]]/u.test(left);
      const fill = (combo: string[]) => {
        const word = s.slice(i, j).map((slot) => (typeof slot === 'string' ? slot : ''));
        gaps.forEach((k, n) => (word[k - i] = combo[n]!));
        return word;
      };
      // The same word with the same gaps recurs (the template, common words): decide it once.
      const key = `${left}\u0000${s.slice(i, j).map((x) => (typeof x === 'string' ? x : `[${x.join('')}]`)).join('')}\u0000${right}`;
      let pick = decisions!.get(key);
      if (!pick) {
        const options = gaps.map((k) => s[k] as string[]);
        // A partial fill is judged by the syllables up to its last gap.
        const prefixScore = (partial: string[]) => korean.logProb([left, ...fill(partial).slice(0, gaps[partial.length - 1]! - i + 1)]);
        pick = best(combinations(options, prefixScore), (combo) => {
          const word = fill(combo);
          const outside = combo.filter((c) => !isSyllable(c)).reduce((n, c) => n + symbolPrior(c), 0);
          return 10 * korean.known(word.join(''), attached) + korean.logProb([left, ...word, right]) + outside;
        });
        if (decisions!.size > 50_000) decisions!.clear();
        decisions!.set(key, pick);
      }
      gaps.forEach((k, n) => (s[k] = pick.choice[n]!));
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

/** One pass: undoes one misreading of the whole text, or returns undefined when there is none. */
function repairOnce(text: string, model: Korean | undefined): { text: string; codec: string; uncertain: Set<number> } | undefined {
  const choice = chooseCodec(text);
  if (!choice) return undefined;
  const { codec, lossy } = choice;
  const uncertain = new Set<number>();
  let out = '';
  let lineNumber = 0;
  for (const line of text.split(/(?<=\n)/)) {
    lineNumber += 1;
    if (looksClean(line)) {
      out += line;
      continue;
    }
    const slots: Slot[] = [];
    let last = 0;
    let lineLossy = false;
    for (const { start, piece } of piecesOf(line, codec)) {
      const r = read(piece, codec, lossy);
      slots.push(...line.slice(last, start));
      if (r.kind === 'valid') slots.push(...r.text);
      else if (r.kind === 'lossy') {
        slots.push(...r.slots);
        lineLossy = true;
      } else slots.push(...piece);
      last = start + piece.length;
    }
    slots.push(...line.slice(last));
    if (lineLossy) {
      const resolved = resolveLine(slots, model);
      out += resolved.text;
      if (resolved.uncertain) uncertain.add(lineNumber);
    } else out += slots.join('');
  }
  return out === text ? undefined : { text: out, codec: codec.name, uncertain };
}

/**
 * Restores UTF-8 text that was read with a single-byte codepage, as often as it was (double garbling),
 * lossy forms included. Text with nothing suspicious is returned as it is, without further work.
 */
export function repairText(text: string, model?: Korean): RepairResult {
  if (looksClean(text)) return { text, changed: false, codecs: [], uncertain: [] };
  let current = text;
  const codecs: string[] = [];
  const uncertain = new Set<number>();
  for (let pass = 0; pass < 3; pass += 1) {
    const next = repairOnce(current, model);
    if (!next) break;
    current = next.text;
    codecs.push(next.codec);
    for (const l of next.uncertain) uncertain.add(l);
  }
  return { text: current, changed: current !== text, codecs, uncertain: [...uncertain].sort((a, b) => a - b) };
}

/** True when repairing may need the Korean model: the text has runs that lost bytes. */
export function needsModel(text: string): boolean {
  if (looksClean(text)) return false;
  const choice = chooseCodec(text);
  return choice?.lossy === true;
}
