import * as post from '../core/post-format.js';
import { isSyllableCode } from './hangul.js';
// How often an emoji appears in real text, roughly: the head of public emoji-usage rankings, and the
// ones the blog's post template uses.
const EMOJI_RANK = ['👍', '📊', '😂', '❤', '🤣', '😍', '🙏', '😊', '🔥', '👉', '😭', '✅', '👏', '🎉', '💡', '📌', '📈', '🚀', '⭐', '🏆', '🔑', '📝', '👀'];

// Hangul letters written alone, as in ㅎㅎ or ㅠㅠ, by how common they are.
const JAMO_RANK = ['ㅎ', 'ㅋ', 'ㅠ', 'ㅜ', 'ㅇ', 'ㄱ', 'ㄴ', 'ㄷ', 'ㅂ', 'ㅅ', 'ㅈ', 'ㄹ', 'ㅁ'];

// Letters of Latin Extended-A by how common they are in the languages that use them.
export const LATIN_EXT_RANK = [...'čęłśżąćńěřšžőűğışďťňůľźēīūāėįųĺŕœŒŁŚŻŠŽČĘĄĆŃŘĚŐŰĞİŞ'];

// General punctuation by how common it is in prose.
const PUNCT_RANK = ['’', '“', '”', '–', '—', '…', '‘', '•', '·', '′', '″', '‐', '„', '€', '™'];

// The post template's fixed phrases: where a gap falls inside one, its missing character is known.
const TEMPLATE_PHRASES = [
  `categories: [${post.DAILY_CATEGORIES.join(', ')}]`,
  `categories: [${post.MONTHLY_CATEGORIES.join(', ')}]`,
  ...post.countLine('N').split('N'),
  post.RANKING_HEADING,
  ' - 👍 ',
  post.ITEM.institution,
  post.ITEM.hf + post.hfPaperUrl(''),
  post.ITEM.arxiv + post.arxivAbsUrl(''),
  post.STATISTICS_HEADING,
  ...Object.values(post.STATISTICS).flatMap((s) => post.statisticLine(s, 'N').split('N')),
  post.topHeading('N').split('N')[0]!,
  post.tagsHeading('N').split('N')[0]!,
].filter((phrase) => phrase !== '');

const rankBonus = (list: readonly string[], ch: string): number => {
  const i = list.indexOf(ch.replace(/\uFE0F$/, ''));
  return i < 0 ? -8 : -Math.log(i + 2);
};

/** How likely a lost character outside Korean words is: emoji and punctuation by frequency, Hangul jamo before other scripts. */
export function symbolPrior(candidate: string): number {
  const cp = candidate.codePointAt(0)!;
  if (cp >= 0x1f000 || (cp >= 0x2600 && cp <= 0x27bf)) return rankBonus(EMOJI_RANK, candidate);
  // Invisible format characters (zero-width, directional marks) are rarely what text held.
  if ((cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x206f)) return -20;
  if (cp >= 0x2000 && cp <= 0x206f) return rankBonus(PUNCT_RANK, candidate);
  if (cp >= 0xfe00 && cp <= 0xfe0f) return cp === 0xfe0f ? 0 : -10;
  if (cp >= 0x100 && cp <= 0x17f) return rankBonus(LATIN_EXT_RANK, candidate);
  if ((cp >= 0x3130 && cp <= 0x318f) || (cp >= 0x1100 && cp <= 0x11ff)) return rankBonus(JAMO_RANK, candidate) / 4 - 1;
  if (isSyllableCode(cp)) return -4;
  return -12;
}

/** A line in the making: known characters, and the candidate lists of its gaps. */
export type Slot = string | string[];

const fits = (slot: Slot | undefined, ch: string): boolean => (typeof slot === 'string' ? slot === ch : slot?.includes(ch) === true);

// For each character, the phrases (as character arrays) that contain it.
const PHRASES_WITH = new Map<string, string[][]>();
for (const phrase of TEMPLATE_PHRASES) {
  const chars = [...phrase];
  for (const ch of new Set(chars)) PHRASES_WITH.set(ch, [...(PHRASES_WITH.get(ch) ?? []), chars]);
}

/** A bonus when `candidate`, put in slot `at`, completes one of the template's phrases there. */
export function templateBonus(slots: readonly Slot[], at: number, candidate: string): number {
  for (const chars of PHRASES_WITH.get(candidate) ?? []) {
    for (let k = chars.indexOf(candidate); k >= 0; k = chars.indexOf(candidate, k + 1)) {
      const start = at - k;
      if (start >= 0 && chars.every((ch, j) => start + j === at || fits(slots[start + j], ch))) return 50;
    }
  }
  return 0;
}
