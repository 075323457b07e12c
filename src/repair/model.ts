/** Scores a character chosen for a gap, given the text around it; higher is likelier. */
export interface GapScorer {
  score(before: string, candidate: string, after: string): number;
}

const isHangul = (ch: string): boolean => ch >= '가' && ch <= '힣';
const tokenOf = (ch: string | undefined): string => (ch === undefined ? '_' : isHangul(ch) ? ch : '_');

/**
 * A syllable bigram model of Korean built from a word list: each word is a sequence of syllables
 * between word boundaries, so the model knows which syllables start, end and follow each other.
 */
export function syllableModel(words: Iterable<string>) {
  const unigram = new Map<string, number>();
  const bigram = new Map<string, number>();
  const context = new Map<string, number>();
  let total = 0;
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const word of words) {
    const seq = ['_', ...[...word].map(tokenOf), '_'];
    for (let i = 1; i < seq.length; i += 1) {
      bump(bigram, `${seq[i - 1]}${seq[i]}`);
      bump(context, seq[i - 1]!);
      if (seq[i] !== '_') {
        bump(unigram, seq[i]!);
        total += 1;
      }
    }
  }
  const p = (a: string, b: string): number => {
    const uni = ((unigram.get(b) ?? (b === '_' ? total / 20 : 0)) + 0.1) / (total + 1117);
    const ctx = context.get(a) ?? 0;
    const bi = ctx ? (bigram.get(`${a}${b}`) ?? 0) / ctx : 0;
    return 0.6 * bi + 0.4 * uni;
  };
  return {
    /** log P(candidate | left neighbour) + log P(right neighbour | candidate), over syllables. */
    logScore(before: string | undefined, candidate: string, after: string | undefined): number {
      const c = tokenOf(candidate);
      return Math.log(p(tokenOf(before), c)) + Math.log(p(c, tokenOf(after)));
    },
  };
}

export type SyllableModel = ReturnType<typeof syllableModel>;

// How often an emoji appears in real text, roughly: the head of public emoji-usage rankings, and the
// ones the blog's post template uses.
const EMOJI_RANK = ['👍', '📊', '😂', '❤', '🤣', '😍', '🙏', '😊', '🔥', '👉', '😭', '✅', '👏', '🎉', '💡', '📌', '📈', '🚀', '⭐', '🏆', '🔑', '📝', '👀'];

// General punctuation by how common it is in prose.
const PUNCT_RANK = ['’', '“', '”', '–', '—', '…', '‘', '•', '·', '′', '″', '‐', '„', '€', '™'];

// The post template's fixed phrases: where a gap falls inside one, its missing character is known.
export const TEMPLATE_PHRASES = [
  'categories: [Daily Papers, 일간]',
  'categories: [Daily Papers, 월간]',
  '의 논문이 수집되었습니다.',
  '총 **',
  '## 📊 좋아요 순위',
  ' - 👍 ',
  '   - 기관: ',
  '   - [HF 페이지](https://huggingface.co/papers/',
  '   - [논문 링크](https://arxiv.org/abs/',
  '## 📈 이달의 통계',
  '## 🏆 이달의 논문 TOP ',
  '## 🔑 주요 키워드',
  '- 수집 일수: ',
  '- 논문 수: ',
  '- 총 좋아요: ',
  '- 평균 좋아요: ',
];

const rankBonus = (list: readonly string[], ch: string): number => {
  const i = list.indexOf(ch.replace(/\uFE0F$/, ''));
  return i < 0 ? -8 : -Math.log(i + 2);
};

/** The scorer: template phrases first, then the emoji and punctuation priors, then the Korean model. */
export function gapScorer(model: SyllableModel | undefined): GapScorer {
  return {
    score(before, candidate, after) {
      const cp = candidate.codePointAt(0)!;
      if (cp >= 0x1f000) return rankBonus(EMOJI_RANK, candidate);
      if (cp >= 0x2000 && cp <= 0x206f) return rankBonus(PUNCT_RANK, candidate);
      if (isHangul(candidate)) return model ? model.logScore([...before].at(-1), candidate, [...after][0]) : 0;
      return -12;
    },
  };
}

/** A line in the making: known characters, and the candidate lists of its gaps. */
export type Slot = string | string[];

const fits = (slot: Slot | undefined, ch: string): boolean => (typeof slot === 'string' ? slot === ch : slot !== undefined && slot.includes(ch));

/** A bonus when `candidate`, put in slot `at`, completes one of the template's phrases there. */
export function templateBonus(slots: readonly Slot[], at: number, candidate: string): number {
  for (const phrase of TEMPLATE_PHRASES) {
    const chars = [...phrase];
    for (let k = chars.indexOf(candidate); k >= 0; k = chars.indexOf(candidate, k + 1)) {
      const start = at - k;
      if (start >= 0 && chars.every((ch, j) => start + j === at || fits(slots[start + j], ch))) return 50;
    }
  }
  return 0;
}
