import { SUSPECT_CODE } from './codecs.js';
import { LATIN_EXT_RANK } from './model.js';

// Romanian ș ț, Vietnamese ơ ư, pinyin ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ, with their capitals. The rest of the block is rare
// letters that misreadings produce as easily: "à" garbled through Windows-1257 reads back through
// Windows-1250 as "Ơ".
const LATIN_EXTENDED_B = new Set([0x218, 0x219, 0x21a, 0x21b, 0x1a0, 0x1a1, 0x1af, 0x1b0, ...Array.from({ length: 16 }, (_, i) => 0x1cd + i)]);

/**
 * Whether a decoded character is something real text contains. A round trip that produces anything
 * else (IPA letters, private use, C1 controls) was not mojibake: "NESTLÉ®" reads as the valid UTF-8 of
 * "NESTLɮ", and must stay as it is.
 */
export function isPlausible(cp: number): boolean {
  return (
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables, first: most of what the blog's posts hold
    (cp >= 0xa0 && cp <= 0x17f) || // Latin-1 and Latin Extended-A letters and signs
    LATIN_EXTENDED_B.has(cp) || // the letters of Latin Extended-B that languages use: Romanian, Vietnamese, pinyin
    (cp >= 0x370 && cp <= 0x52f) || // Greek, Cyrillic
    (cp >= 0x531 && cp <= 0x58f) || // Armenian
    (cp >= 0x5d0 && cp <= 0x6ff) || // Hebrew, Arabic
    (cp >= 0x900 && cp <= 0xdff) || // the scripts of India and Sri Lanka
    (cp >= 0xe00 && cp <= 0xe7f) || // Thai
    (cp >= 0x10a0 && cp <= 0x10ff) || // Georgian
    (cp >= 0x1100 && cp <= 0x11ff) || // Hangul Jamo
    (cp >= 0x1e00 && cp <= 0x1eff) || // Latin Extended Additional (Vietnamese ạ ấ ệ)
    (cp >= 0x2000 && cp <= 0x2bff) || // punctuation, currency, letterlike, arrows, math, technical, box, shapes, symbols, dingbats
    (cp >= 0x3000 && cp <= 0x9fff) || // CJK punctuation, kana, Hangul compatibility jamo, CJK
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors (emoji presentation)
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
    (cp >= 0x1f000 && cp <= 0x1faff) // emoji
  );
}

const COMMON_LATIN_EXT = new Set(LATIN_EXT_RANK.map((ch) => ch.codePointAt(0)!));

/**
 * Letters real text has, but seldom: Latin Extended-A beyond the letters of the big languages (Ĩ, ĸ,
 * ŉ…), Extended-B and Extended Additional. Where two codepages read a run back equally well, the one
 * that needs fewer of them is the likelier misreading ("Ä¨" is č through Windows-1257, Ĩ through 1252).
 */
export const isRare = (cp: number): boolean =>
  (cp >= 0x100 && cp <= 0x17f && !COMMON_LATIN_EXT.has(cp)) || LATIN_EXTENDED_B.has(cp) || (cp >= 0x1e00 && cp <= 0x1eff);

/**
 * True when every non-ASCII character of `text` is plausible, or is itself a character of some
 * codepage table: garbled text garbled again reads back to the first garbling, C1 controls and all.
 */
export function allPlausible(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const cp = text.codePointAt(i)!;
    if (cp < 0x80) continue;
    if (cp > 0xffff) i += 1;
    else if (SUSPECT_CODE[cp] === 1) continue;
    if (!isPlausible(cp)) return false;
  }
  return true;
}
