// Whether a word (eojeol) analyses as a dictionary word, a word with a particle, or a conjugated verb or
// adjective. Particles and endings are Korean's closed grammatical classes.
import { codaOf, isSyllable, withCoda } from './hangul.js';

export const PARTICLES = (
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

const CODA = new Map([
  ['ㄴ', 4],
  ['ㄹ', 8],
  ['ㅁ', 16],
  ['ㅂ', 17],
  ['ㅆ', 20],
]);
const CODA_JAMO = new Map([...CODA].map(([j, c]) => [c, j]));

const particles = new Set(PARTICLES);
const verbalizers = new Set(VERBALIZERS);
const nounSuffixes = new Set(NOUN_SUFFIXES);
const functionWords = new Set(FUNCTION_WORDS);
const boundNouns = new Set(BOUND_NOUNS);
const determiners = new Set(DETERMINERS);
const counters = new Set(COUNTERS);
const afterConsonant = new Set(AFTER_CONSONANT);
const afterVowel = new Set(AFTER_VOWEL);
const copula = new Set(COPULA_AFTER_VOWEL);

/** A particle or a 하다/되다 form: what a noun carries after it. */
export const isNounTail = (rest: string): boolean => particles.has(rest) || verbalizers.has(rest);

/** Where a word stands. */
export interface WordContext {
  /** It follows a letter or digit of another script directly ("GPU의"), where a lone particle belongs. */
  attached?: boolean;
  /** The last syllable of the word before it across a space; "^" at the start of a clause. */
  before?: string;
  /** Whether a Korean word follows it across a space; undefined when that is not known. */
  followedByWord?: boolean;
}

/** 0 for an unknown word; more for a word the lexicon and grammar explain, in its context when given. */
export type Known = (word: string, context?: WordContext) => number;

/** The grammar over a word list (dictionary forms, Hangul only). */
export function buildGrammar(words: ReadonlySet<string>): Known {
  const stems = new Set([...words].filter((w) => w.length > 1 && w.endsWith('다')).map((w) => w.slice(0, -1)));
  const endsVerb = (stem: string, rest: string): boolean => {
    if (!stems.has(stem)) return false;
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
        if (stems.has(stem) && afterVowel.has(jamo + rest)) return true;
      }
    }
    return false;
  };
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
    if (isNounTail(rest)) return true;
    for (let k = 1; k < rest.length; k += 1) if (verbalizers.has(rest.slice(0, k)) && particles.has(rest.slice(k))) return true;
    return false;
  };

  return (w, { attached = false, before = '', followedByWord }: WordContext = {}) => {
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
    if (isNounTail(w)) return 2;
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
  };
}
