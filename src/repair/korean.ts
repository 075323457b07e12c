// A small model of Korean for choosing lost bytes: which syllables follow each other (bigrams over a
// word list and running text), how common a word is, and whether the grammar explains it
// (korean-grammar.ts).
import { FIRST_SYLLABLE, isSyllable, SYLLABLE_COUNT } from './hangul.js';
import { buildGrammar, isNounTail, PARTICLES, type Known } from './korean-grammar.js';
import { type Encode, textCoster } from './korean-tokens.js';

export interface Korean {
  /**
   * 0 for an unknown word; more for a word the lexicon and grammar explain, in its context when given.
   */
  known: Known;
  /** log-probability of a character sequence under the syllable bigram model. */
  logProb(chars: readonly string[]): number;
  /**
   * How costly the word is for a BPE vocabulary learned from running text (more and rarer tokens cost
   * more): a stand-in for word frequency, which the dictionary does not have. 0 without a vocabulary.
   */
  textCost(word: string): number;
  /**
   * How often the word, or its head before a particle or ending, occurs in running text: log of its
   * count in the corpus. 0 without a corpus.
   */
  frequency(word: string): number;
  /** Log of how much likelier a word starts with syllable `b` right after a word that ends with `a`. */
  across(a: string, b: string): number;
  /**
   * Log of how much likelier punctuation `mark` stands right after a word that ends with syllable `a`
   * ('after'), or right before one that starts with it ('before'), than at any word's edge.
   */
  against(a: string, mark: string, side: 'before' | 'after'): number;
}

/** Counts from running text: syllable pairs ("_" marks a word's edge) and whole Hangul words. */
export interface CorpusCounts {
  pairs: ReadonlyMap<string, number>;
  words: ReadonlyMap<string, number>;
}

// Weights of running text against the dictionary in the syllable model.
const CORPUS_PAIR = 0.5;
const CORPUS_UNI = 0.1;

// The syllable model counts by number: a Hangul syllable's offset in its block, and EDGE for "_", a
// word's start or end (what any other character is to the model).
const EDGE = SYLLABLE_COUNT;
const tokenCode = (ch: string): number => (isSyllable(ch) ? ch.charCodeAt(0) - FIRST_SYLLABLE : EDGE);
const tokenOf = (code: number): string => (code === EDGE ? '_' : String.fromCharCode(FIRST_SYLLABLE + code));
const pairCode = (a: number, b: number): number => a * (EDGE + 1) + b;

const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
/** How much likelier than at random, as a log, capped both ways. */
const logRatio = (ratio: number): number => Math.max(-6, Math.min(6, Math.log(ratio)));

/** Builds the model from a word list (dictionary forms, NFC). */
export function buildKorean(wordList: Iterable<string>, encode?: Encode, corpus?: CorpusCounts): Korean {
  const words = new Set<string>();
  // Counts of the dictionary's words: each syllable, each syllable as the first of a pair, each pair.
  const unigram = new Float64Array(EDGE + 1);
  const context = new Float64Array(EDGE + 1);
  const bigram = new Map<number, number>();
  let total = 0;
  for (const word of wordList) {
    if (word === '' || ![...word].every(isSyllable)) continue;
    words.add(word);
    let a = EDGE;
    for (let i = 0; i <= word.length; i += 1) {
      const b = i < word.length ? tokenCode(word[i]!) : EDGE;
      const pair = pairCode(a, b);
      bigram.set(pair, (bigram.get(pair) ?? 0) + 1);
      context[a]! += 1;
      if (b !== EDGE) unigram[b]! += 1;
      a = b;
    }
    total += word.length;
  }
  // Particles are the commonest syllables of running text, though rare inside dictionary words.
  for (const p of PARTICLES) for (const ch of p) unigram[tokenCode(ch)]! += 200;
  total += PARTICLES.join('').length * 200;

  // Running text says how often a syllable follows another; the dictionary adds the pairs it lacks.
  const seen = new Map<string, number>();
  const follows = new Map<string, number>();
  let seenTotal = 0;
  const ends = new Map<string, number>();
  // How often each punctuation mark closes a word, and opens one.
  const beforeMark = new Map<string, number>();
  const afterMark = new Map<string, number>();
  for (const [pair, n] of corpus?.pairs ?? []) {
    if (pair.length === 3) {
      if (pair[1] === ' ') bump(ends, pair[0]!, n);
      else if (isSyllable(pair[0]!)) bump(beforeMark, pair[2]!, n);
      else bump(afterMark, pair[0]!, n);
      continue;
    }
    const [a, b] = [...pair] as [string, string];
    bump(follows, a, n);
    bump(seen, b, n);
    seenTotal += n;
  }
  // Every word has one start and one end: the count of either is the number of words in the corpus.
  const wordCount = seen.get('_') ?? 0;
  const corpusWords: ReadonlyMap<string, number> = corpus?.words ?? new Map();
  // How often a word of running text carries each particle or 하다/되다 form, per occurrence of a bare
  // word: an unseen "word + tail" is expected about that much as often as the word itself.
  const tailShare = new Map<string, number>();
  for (const [w, n] of corpusWords) {
    for (let i = 1; i < w.length; i += 1) {
      const tail = w.slice(i);
      if (isNounTail(tail) && corpusWords.has(w.slice(0, i))) bump(tailShare, tail, n);
    }
  }
  for (const [tail, n] of tailShare) tailShare.set(tail, n / wordCount);

  const p = (ca: number, cb: number): number => {
    // No word's syllable is "_": its weight stands for the words' edges.
    const uni = ((cb === EDGE ? total / 20 : unigram[cb]!) + 0.1) / (total + 1117);
    const ctx = context[ca]!;
    const dict = 0.6 * (ctx ? (bigram.get(pairCode(ca, cb)) ?? 0) / ctx : 0) + 0.4 * uni;
    if (!corpus) return dict;
    const [a, b] = [tokenOf(ca), tokenOf(cb)];
    const run = follows.get(a) ?? 0;
    const text = run ? (corpus.pairs.get(a + b) ?? 0) / run : 0;
    return CORPUS_PAIR * text + CORPUS_UNI * ((seen.get(b) ?? 0) / seenTotal) + (1 - CORPUS_PAIR - CORPUS_UNI) * dict;
  };

  // Pairs recur endlessly while gaps are filled; each pair's log-probability is computed once.
  // By a number for the pair: the lookup runs for every candidate fill of every gap.
  const logCache = new Map<number, number>();

  return {
    known: buildGrammar(words),
    textCost: textCoster(encode),
    across(a, b) {
      if (!corpus) return 0;
      const after = ends.get(a) ?? 0;
      const starting = corpus.pairs.get(`_${b}`) ?? 0;
      if (!after || !starting) return 0;
      // How much likelier b starts a word after a word ending in a, than anywhere.
      return logRatio(((corpus.pairs.get(`${a} ${b}`) ?? 0) + 0.5) / after / (starting / wordCount));
    },
    against(a, mark, side) {
      if (!corpus) return 0;
      const key = side === 'after' ? `${a}|${mark}` : `${mark}|${a}`;
      const edge = corpus.pairs.get(side === 'after' ? `${a}_` : `_${a}`) ?? 0;
      const marked = (side === 'after' ? beforeMark : afterMark).get(mark) ?? 0;
      if (!edge || !marked) return 0;
      // How much likelier the mark is next to this syllable than next to any word's edge.
      return logRatio(((corpus.pairs.get(key) ?? 0) + 0.5) / edge / (marked / wordCount));
    },
    frequency(w) {
      if (!corpus) return 0;
      const occurrences = corpusWords.get(w);
      if (occurrences !== undefined) return Math.log(1 + occurrences);
      // Unseen in a million syllables: at most half an occurrence, less when its head is rare too.
      let count = 0;
      for (let i = 1; i < w.length; i += 1) {
        const share = tailShare.get(w.slice(i));
        if (share) count = Math.max(count, (corpusWords.get(w.slice(0, i)) ?? 0) * share);
      }
      return Math.log(1 + Math.min(0.5, count));
    },
    logProb(chars) {
      let s = 0;
      let a = tokenCode(chars[0]!);
      for (let i = 1; i < chars.length; i += 1) {
        const b = tokenCode(chars[i]!);
        const key = pairCode(a, b);
        let lp = logCache.get(key);
        if (lp === undefined) logCache.set(key, (lp = Math.log(p(a, b))));
        s += lp;
        a = b;
      }
      return s;
    },
  };
}
