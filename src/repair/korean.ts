// A small model of Korean for choosing lost bytes: which syllables follow each other (bigrams over a
// word list), and whether a word (eojeol) analyses as a dictionary word, a word with a particle, or a
// conjugated verb or adjective. Particles and endings are Korean's closed grammatical classes.

const PARTICLES = (
  '이 가 을 를 은 는 의 에 에서 에게 께 한테 으로 로 와 과 도 만 까지 부터 보다 처럼 같이 이나 나 이라도 라도 ' +
  '이든 든 이며 며 이고 고 이다 다 입니다 이에요 예요 이라는 라는 이란 란 으로서 로서 으로써 로써 에는 에도 에서는 ' +
  '에서도 으로는 로는 과는 와는 이랑 랑 하고 마다 뿐 밖에 조차 마저 께서 들 들이 들을 들은 들의 들에 들도 에서의 으로의 로의 와의 과의'
).split(' ');

/** Endings after a stem that ends in a consonant, and after one that ends in a vowel (ㅂ/ㄴ/ㄹ/ㅆ merge into it). */
const AFTER_CONSONANT = (
  '습니다 습니까 었다 었습니다 었고 었던 었는데 었지만 었으며 어서 어야 어도 어요 었어요 는 는다 는데 는지 을 을까 을지 ' +
  '으면 으며 으니 으나 은 은데 고 고서 기 기도 기에 기로 게 게는 지 지만 지요 다 다가 다는 던 도록 자 죠 음 ' +
  '나요 네요 는가 는가요 을까요 을게요 으세요 으려고 으려면 으므로 으니까 는다고 다고 다면 다며 었나요 었을 어 기를 기는 기가 지도 잖아요 ' +
  '으면서 으면서도'
).split(' ');
const AFTER_VOWEL = (
  'ㅂ니다 ㅂ니까 ㄴ ㄴ다 ㄴ데 ㄴ지 ㄹ ㄹ까 ㄹ지 면 며 니 나 고 고서 기 기도 기에 기로 게 게는 지 지만 지요 다 다가 다는 던 ' +
  '도록 자 죠 었다 었습니다 었고 었던 어서 어야 어도 어요 는 는데 는지 ㅆ다 ㅆ습니다 ㅆ고 ㅆ던 ㅆ는데 ㅆ지만 ㅆ으며 었으며 시 시고 세요 ㅁ ' +
  '나요 네요 ㄴ가요 ㄹ까요 ㄹ게요 려고 려면 므로 니까 ㄴ다고 다고 다면 다며 었나요 ㅆ나요 ㅆ어요 ㅆ을 었을 어 기를 기는 기가 지도 잖아요 ' +
  '라 라고 라서 라면 라도 면서 면서도'
).split(' ');
/** The copula 이다 after a noun that ends in a vowel, its 이 dropped (거 + ㅂ니다 → 겁니다, 문제 + 라고 → 문제라고). */
const COPULA_AFTER_VOWEL = 'ㅂ니다 ㅂ니까 ㄴ ㄹ 다 라 라고 라는 라서 라면 라도 예요 야 고 며 지만 던 든지 므로 니까'.split(' ');
/** What a noun takes to become a verb: 하다 and 되다 in their common forms. */
const VERBALIZERS = (
  '하다 한다 합니다 한 하는 할 하여 하였다 하였습니다 해 했다 했습니다 해서 했고 하고 하면 하며 하기 하게 함 ' +
  '하던 했던 하지 하지만 해야 했는데 하는데 하도록 하려고 하려면 할지 한지 했지만 했으며 ' +
  '되다 된다 됩니다 된 되는 될 되어 되었다 되었습니다 돼 됐다 됐습니다 되어서 되고 되면 되며 되기 되게 됨 ' +
  '되던 됐던 되지 되지만 돼야 됐는데 되는데 되도록 될지 된지 됐지만 됐으며 시키다 시킨 시켜'
).split(' ');

/** Counters, which follow numbers directly: "10개", "3일", "2장". */
const COUNTERS = '개 명 번 일 년 월 시 분 초 장 절 항 판 부 편 권 배 점 위 등 건 회 차 주 살 쪽 줄 대 마리 가지 개월 시간'.split(' ');

/** Suffixes that make a noun of a noun, in technical prose above all: 자료형, 다형적, 호환성, 최적화, 계산식. */
const NOUN_SUFFIXES = '형 적 성 화 식'.split(' ');

/** The bound nouns among the function words: they follow an adnominal form (할 수, 하는 데), whose last syllable ends in ㄴ or ㄹ. */
const BOUND_NOUNS = '것 수 줄 뿐 데 바 터'.split(' ');

/** The determiners among the function words: a word always follows them (새 버전, 각 파일). */
const DETERMINERS = '새 각 매 첫 몇 두 세 네'.split(' ');

/** Determiners, bound nouns and other one-syllable function words, far commoner in running text than their homographs. */
const FUNCTION_WORDS = [...DETERMINERS, ...BOUND_NOUNS, ...'및 등 더 또 좀 잘 못 안 약 총 전 후 중 간 때 그 이 저 한'.split(' ')];

// Weights of running text against the dictionary in the syllable model.
const CORPUS_PAIR = 0.5;
const CORPUS_UNI = 0.1;

// Weights of the text cost: per token, and per bit of a token's id.
const TOKEN_COST = 3;
const RANK_COST = 0.3;
// A syllable that is no token of its own costs what BPE pays for it: two byte-level tokens of high id.
const UNKNOWN_SYLLABLE = [100_000, 100_000];

/**
 * An Encode from a vocabulary's Korean tokens (`[text, id]`, text optionally led by a space): greedy
 * longest match, which comes close to BPE for the short words gaps sit in.
 */
export function tokenEncoder(tokens: ReadonlyArray<readonly [string, number]>): Encode {
  const ids = new Map(tokens);
  const longest = Math.max(...tokens.map(([t]) => t.length));
  return (text) => {
    const out: number[] = [];
    for (let i = 0; i < text.length; ) {
      let len = Math.min(longest, text.length - i);
      while (len > 0 && !ids.has(text.slice(i, i + len))) len -= 1;
      if (len === 0) {
        if (text[i] !== ' ') out.push(...UNKNOWN_SYLLABLE);
        i += 1;
      } else {
        out.push(ids.get(text.slice(i, i + len))!);
        i += len;
      }
    }
    return out;
  };
}

const CODA = new Map([
  ['ㄴ', 4],
  ['ㄹ', 8],
  ['ㅁ', 16],
  ['ㅂ', 17],
  ['ㅆ', 20],
]);
const CODA_JAMO = new Map([...CODA].map(([j, c]) => [c, j]));

const isSyllable = (ch: string): boolean => ch >= '가' && ch <= '힣';
const codaOf = (ch: string): number => (ch.charCodeAt(0) - 0xac00) % 28;
const withCoda = (ch: string, coda: number): string => String.fromCharCode(ch.charCodeAt(0) - codaOf(ch) + coda);

export interface Korean {
  /**
   * 0 for an unknown word; more for a word the lexicon and grammar explain, in its context when given.
   */
  known(word: string, context?: WordContext): number;
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

/** Where a word stands. */
export interface WordContext {
  /** It follows a letter or digit of another script directly ("GPU의"), where a lone particle belongs. */
  attached?: boolean;
  /** The last syllable of the word before it across a space; "^" at the start of a clause. */
  before?: string;
  /** Whether a Korean word follows it across a space; undefined when that is not known. */
  followedByWord?: boolean;
}

/** Counts from running text: syllable pairs ("_" marks a word's edge) and whole Hangul words. */
export interface CorpusCounts {
  pairs: ReadonlyMap<string, number>;
  words: ReadonlyMap<string, number>;
}

/** Token ids of a text under a BPE vocabulary: lower ids were merged earlier, from commoner strings. */
export type Encode = (text: string) => number[];

// The syllable model counts by number: a Hangul syllable's offset in its block, and EDGE for "_", a
// word's start or end (what any other character is to the model).
const EDGE = 11172;
const tokenCode = (ch: string): number => (isSyllable(ch) ? ch.charCodeAt(0) - 0xac00 : EDGE);
const tokenOf = (code: number): string => (code === EDGE ? '_' : String.fromCharCode(0xac00 + code));
const pairCode = (a: number, b: number): number => a * (EDGE + 1) + b;

/** Builds the model from a word list (dictionary forms, NFC). */
export function buildKorean(wordList: Iterable<string>, encode?: Encode, corpus?: CorpusCounts): Korean {
  const words = new Set<string>();
  // Counts of the dictionary's words: each syllable, each syllable as the first of a pair, each pair.
  const unigram = new Float64Array(EDGE + 1);
  const context = new Float64Array(EDGE + 1);
  const bigram = new Map<number, number>();
  let total = 0;
  const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
  for (const word of wordList) {
    if (!/^[가-힣]+$/.test(word)) continue;
    words.add(word);
    let a = EDGE;
    for (let i = 0; i <= word.length; i += 1) {
      const b = i < word.length ? word.charCodeAt(i) - 0xac00 : EDGE;
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

  const particles = new Set(PARTICLES);
  const nounSuffixes = new Set(NOUN_SUFFIXES);
  const functionWords = new Set(FUNCTION_WORDS);
  const boundNouns = new Set(BOUND_NOUNS);
  const determiners = new Set(DETERMINERS);
  const counters = new Set(COUNTERS);
  const verbalizers = new Set(VERBALIZERS);
  const afterConsonant = new Set(AFTER_CONSONANT);
  const afterVowel = new Set(AFTER_VOWEL);
  const stems = new Set([...words].filter((w) => w.length > 1 && w.endsWith('다')).map((w) => w.slice(0, -1)));
  const isStem = (s: string) => stems.has(s);
  const endsVerb = (stem: string, rest: string): boolean => {
    if (!isStem(stem)) return false;
    return codaOf(stem.at(-1)!) === 0 ? afterVowel.has(rest) : afterConsonant.has(rest);
  };
  /** A conjugated verb or adjective: stem + ending, the ending's first consonant possibly merged into the stem. */
  const isVerbForm = (w: string): boolean => {
    for (let i = 1; i <= w.length; i += 1) {
      const head = w.slice(0, i);
      const rest = w.slice(i);
      if (rest && endsVerb(head, rest)) return true;
      const coda = codaOf(head.at(-1)!);
      const jamo = CODA_JAMO.get(coda);
      if (jamo && isSyllable(head.at(-1)!)) {
        const stem = head.slice(0, -1) + withCoda(head.at(-1)!, 0);
        if (isStem(stem) && afterVowel.has(jamo + rest)) return true;
      }
    }
    return false;
  };
  const copula = new Set(COPULA_AFTER_VOWEL);
  /** A noun that ends in a vowel, followed by the contracted copula. */
  const isCopulaForm = (w: string): boolean => {
    for (let i = 1; i <= w.length; i += 1) {
      const head = w.slice(0, i);
      const rest = w.slice(i);
      if (rest && codaOf(head.at(-1)!) === 0 && words.has(head) && copula.has(rest)) return true;
      const jamo = CODA_JAMO.get(codaOf(head.at(-1)!));
      if (jamo && words.has(head.slice(0, -1) + withCoda(head.at(-1)!, 0)) && copula.has(jamo + rest)) return true;
    }
    return false;
  };
  const tailOk = (rest: string): boolean => {
    if (particles.has(rest) || verbalizers.has(rest)) return true;
    for (let k = 1; k < rest.length; k += 1) if (verbalizers.has(rest.slice(0, k)) && particles.has(rest.slice(k))) return true;
    return false;
  };

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
      if ((particles.has(tail) || verbalizers.has(tail)) && corpusWords.has(w.slice(0, i))) bump(tailShare, tail, n);
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

  const costCache = new Map<string, number>();

  return {
    textCost(word) {
      if (!encode) return 0;
      let cost = costCache.get(word);
      if (cost === undefined) {
        const ids = encode(` ${word}`);
        cost = ids.length * TOKEN_COST + ids.reduce((n, id) => n + Math.log2(1 + id), 0) * RANK_COST;
        if (costCache.size > 100_000) costCache.clear();
        costCache.set(word, cost);
      }
      return cost;
    },
    across(a, b) {
      if (!corpus) return 0;
      const after = ends.get(a) ?? 0;
      const starting = corpus.pairs.get(`_${b}`) ?? 0;
      if (!after || !starting) return 0;
      // How much likelier b starts a word after a word ending in a, than anywhere: capped both ways.
      const ratio = ((corpus.pairs.get(`${a} ${b}`) ?? 0) + 0.5) / after / (starting / wordCount);
      return Math.max(-6, Math.min(6, Math.log(ratio)));
    },
    against(a, mark, side) {
      if (!corpus) return 0;
      const key = side === 'after' ? `${a}|${mark}` : `${mark}|${a}`;
      const edge = corpus.pairs.get(side === 'after' ? `${a}_` : `_${a}`) ?? 0;
      const marked = (side === 'after' ? beforeMark : afterMark).get(mark) ?? 0;
      if (!edge || !marked) return 0;
      // How much likelier the mark is next to this syllable than next to any word's edge: capped both ways.
      const ratio = ((corpus.pairs.get(key) ?? 0) + 0.5) / edge / (marked / wordCount);
      return Math.max(-6, Math.min(6, Math.log(ratio)));
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
    known(w, { attached = false, before = '', followedByWord }: WordContext = {}) {
      if (attached) {
        if (particles.has(w)) return 4.5;
        if (counters.has(w)) return 4;
        if (verbalizers.has(w)) return 2.5;
        // A counter with a particle after a number: "4장을", "10개의".
        for (let i = 1; i < w.length; i += 1) if (counters.has(w.slice(0, i)) && particles.has(w.slice(i))) return 3;
        return words.has(w) ? 1 : 0;
      }
      if (functionWords.has(w)) {
        // Out of place, a function word is only its homograph, if it has one: 수 "number" after a
        // noun, not the bound noun of 할 수; a determiner needs a word after it.
        const adnominal = isSyllable(before) && (codaOf(before) === CODA.get('ㄴ') || codaOf(before) === CODA.get('ㄹ'));
        if (boundNouns.has(w) && before && !adnominal) return 3;
        if (determiners.has(w) && followedByWord === false) return 2;
        return 4;
      }
      if (words.has(w)) return 3;
      if (particles.has(w) || verbalizers.has(w)) return 2;
      if (isVerbForm(w) || isCopulaForm(w)) return 2;
      for (let i = 1; i < w.length; i += 1) {
        const head = w.slice(0, i);
        if (tailOk(w.slice(i)) && (words.has(head) || isVerbForm(head))) return 2;
      }
      // A noun with a derivational suffix, and a particle or 하다 after it: a little less sure than the above.
      for (let i = 1; i < w.length; i += 1) {
        const rest = w.slice(i + 1);
        if (nounSuffixes.has(w[i]!) && words.has(w.slice(0, i)) && (rest === '' || tailOk(rest))) return 1.5;
      }
      return 0;
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
