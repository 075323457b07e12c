import { isSyllableCode } from './hangul.js';
import { SUSPECT_CODE } from './codecs.js';
import { LATIN_EXT_RANK } from './model.js';

// Romanian ș ț, Vietnamese ơ ư, pinyin ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ, with their capitals: the letters of Latin
// Extended-B that big languages use. The rest of the block is plausible but rare (see isRare): "à"
// garbled through Windows-1257 reads back through Windows-1250 as "Ơ".
const LATIN_EXTENDED_B = new Set([0x218, 0x219, 0x21a, 0x21b, 0x1a0, 0x1a1, 0x1af, 0x1b0, ...Array.from({ length: 16 }, (_, i) => 0x1cd + i)]);
// The letters of the IPA block that languages write: Azerbaijani ə, ɛ ɔ ɲ ŋ ɣ ʋ ɖ ʒ of African
// orthographies. The rest ("NESTLÉ®" reads back as "NESTLɮ") is phonetics, not text.
const IPA_LETTERS = new Set([0x259, 0x25b, 0x254, 0x272, 0x263, 0x28b, 0x256, 0x292, 0x1dd]);

/**
 * Whether a decoded character is something real text contains. A round trip that produces anything
 * else (IPA letters, private use, C1 controls) was not mojibake: "NESTLÉ®" reads as the valid UTF-8 of
 * "NESTLɮ", and must stay as it is.
 */
function isPlausible(cp: number): boolean {
  return (
    isSyllableCode(cp) || // Hangul syllables, first: most of what the blog's posts hold
    (cp >= 0xa0 && cp <= 0x17f) || // Latin-1 and Latin Extended-A letters and signs
    (cp >= 0x180 && cp <= 0x24f) || // Latin Extended-B
    IPA_LETTERS.has(cp) ||
    (cp >= 0x2b0 && cp <= 0x2ff) || // modifier letters: Navajo and Hawaiian ʼ, tone marks
    (cp >= 0x300 && cp <= 0x36f) || // combining accents and strokes ("6̶3̶")
    (cp >= 0x370 && cp <= 0x52f) || // Greek, Cyrillic
    (cp >= 0x531 && cp <= 0x58f) || // Armenian
    (cp >= 0x591 && cp <= 0x8ff) || // Hebrew with its points, Arabic, Syriac, Thaana, N’Ko
    (cp >= 0x900 && cp <= 0xdff) || // the scripts of India and Sri Lanka
    (cp >= 0xe00 && cp <= 0xfff) || // Thai, Lao, Tibetan
    (cp >= 0x1000 && cp <= 0x18af) || // Myanmar, Georgian, Hangul Jamo, Ethiopic, Cherokee, Canadian syllabics, Khmer, Mongolian
    (cp >= 0x1e00 && cp <= 0x1eff) || // Latin Extended Additional (Vietnamese ạ ấ ệ)
    (cp >= 0x2000 && cp <= 0x2bff) || // punctuation, currency, letterlike, arrows, math, technical, box, shapes, symbols, dingbats
    (cp >= 0x2d00 && cp <= 0x2dff) || // Georgian supplement, Tifinagh, Ethiopic extended
    (cp >= 0x3000 && cp <= 0x9fff) || // CJK punctuation, kana, Hangul compatibility jamo, CJK
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors (emoji presentation)
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
    (cp >= 0x1f000 && cp <= 0x1faff) || // emoji
    (cp >= 0x20000 && cp <= 0x3134f) // CJK beyond the basic plane
  );
}

const COMMON_LATIN_EXT = new Set(LATIN_EXT_RANK.map((ch) => ch.codePointAt(0)!));

/**
 * Letters real text has, but seldom: Latin Extended-A beyond the letters of the big languages (Ĩ, ĸ,
 * ŉ…), Extended-B and Extended Additional. Where two codepages read a run back equally well, the one
 * that needs fewer of them is the likelier misreading ("Ä¨" is č through Windows-1257, Ĩ through 1252).
 */
export const isRare = (cp: number): boolean =>
  (cp >= 0x100 && cp <= 0x17f && !COMMON_LATIN_EXT.has(cp)) || (cp >= 0x180 && cp <= 0x24f) || IPA_LETTERS.has(cp) || (cp >= 0x1e00 && cp <= 0x1eff);

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

// Letters of Latin-1 by how common they are across the languages that use them, lower case first.
const LATIN1_RANK = [...'éáíóüöäàèúçñãõâêôîûëïßøåæìòùýþðÿÉÁÍÓÜÖÄÀÈÚÇÑÃÕÂÊÔÎÛËÏØÅÆÌÒÙÝÞÐ'];
const LETTER_COST = new Map<number, number>();
for (const list of [LATIN1_RANK, LATIN_EXT_RANK])
  list.forEach((ch, i) => {
    LETTER_COST.set(ch.codePointAt(0)!, Math.log2(2 + i));
  });

/**
 * How uncommon a decoded letter is, in bits, roughly: where two codepages read the same run back
 * (Windows-1250 and ISO-8859-2 give "Ĺž" as Ş and as ž), the one that gives commoner letters wins.
 */
export const letterCost = (cp: number): number => (cp < 0xc0 ? 0 : (LETTER_COST.get(cp) ?? 8));

/** A Latin letter that languages write: Latin-1 and Extended-A, and the few of Extended-B and IPA above. */
export const isLanguageLetter = (cp: number): boolean => (cp >= 0xc0 && cp <= 0x17f) || LATIN_EXTENDED_B.has(cp) || IPA_LETTERS.has(cp);
