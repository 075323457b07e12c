import { SUSPECT } from './codecs.js';

/**
 * Whether a decoded character is something real text contains. A round trip that produces anything
 * else (IPA letters, Latin Extended-B, private use, C1 controls) was not mojibake: "NESTLÉ®" reads as
 * the valid UTF-8 of "NESTLɮ", and must stay as it is.
 */
export function isPlausible(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp <= 0x17f) || // Latin-1 and Latin Extended-A letters and signs
    (cp >= 0x370 && cp <= 0x52f) || // Greek, Cyrillic
    (cp >= 0x5d0 && cp <= 0x6ff) || // Hebrew, Arabic
    (cp >= 0xe00 && cp <= 0xe7f) || // Thai
    (cp >= 0x1100 && cp <= 0x11ff) || // Hangul Jamo
    (cp >= 0x2000 && cp <= 0x2bff) || // punctuation, currency, letterlike, arrows, math, technical, box, shapes, symbols, dingbats
    (cp >= 0x3000 && cp <= 0x9fff) || // CJK punctuation, kana, Hangul compatibility jamo, CJK
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors (emoji presentation)
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
    (cp >= 0x1f000 && cp <= 0x1faff) // emoji
  );
}

/**
 * True when every non-ASCII character of `text` is plausible, or is itself a character of some
 * codepage table: garbled text garbled again reads back to the first garbling, C1 controls and all.
 */
export function allPlausible(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 && !isPlausible(cp) && !SUSPECT.has(ch)) return false;
  }
  return true;
}
