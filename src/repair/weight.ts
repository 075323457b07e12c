import { isLanguageLetter } from './plausible.js';

// The leads of two-byte UTF-8 misread as Windows-1252 or Latin-1 before a sign: beside a symbol they
// are the strongest mark there is (`Â©`, `Ã¼`).
const HATS = /[ÂÃÎÐ]/;
const WEAK = 0.34;

/**
 * How much reading `original` back as `decoded` counts as evidence of mojibake, in characters: a line
 * is decoded only when its readings add up to one at least. A character of three or four bytes
 * counts one (`â€™` → ’), as does a common letter (`Ã©` → é, `wei√ü` → ß), Greek or Cyrillic. One
 * pair read back as a sign, a combining mark or a letter of phonetics counts a third (`¬º` → ¼ is a
 * kaomoji through Mac Roman), a letter of Hebrew, Arabic or the scripts beside them a half in a word
 * and a third alone (`½×¾` is no Hebrew maqaf): a single such pair in otherwise clean text is not
 * evidence; a word of them is.
 */
export function weightOf(original: string, decoded: string): number {
  const hat = HATS.test(original);
  let weight = 0;
  // Letters of Hebrew, Arabic and their neighbours in a row: a word of them, or one alone.
  let run = 0;
  const endRun = () => {
    weight += run > 1 ? run / 2 : run * WEAK;
    run = 0;
  };
  for (const ch of decoded) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x531 && cp < 0x800) {
      run += 1;
      continue;
    }
    endRun();
    if (cp < 0x80) continue;
    if (cp >= 0x800 || (cp >= 0x370 && cp <= 0x52f)) weight += 1;
    else if (cp >= 0xc0 && cp <= 0x2af && cp !== 0xd7 && cp !== 0xf7) weight += hat || isLanguageLetter(cp) ? 1 : WEAK;
    else weight += hat ? 1 : WEAK;
  }
  endRun();
  return weight;
}
