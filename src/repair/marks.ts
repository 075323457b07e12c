import { CODECS } from './codecs.js';

/**
 * The marks of mojibake: pairs of characters that UTF-8 misread with a single-byte codepage produces
 * and real text in any script avoids. Text without a mark is never decoded, however decodable it is:
 * `l’état` reads back through Mac Roman as `lՎtat`, but `’é` is ordinary French. The characters of
 * the codepages are sorted into classes (after ftfy's published design, Apache-2.0, Robyn Speer), and
 * a mark is one class meeting another where real text does not have them meet.
 */
enum K {
  Other, // ASCII digits and punctuation, CJK, anything outside the codepages
  Space,
  AsciiLetter,
  C1, // C1 controls: a mark on their own
  Bad, // symbols that sit beside letters only in mojibake: ¦ ¤ ¨ ¬ ¯ ¸ ƒ ˆ ˇ ˘ ˛ ˜ † ‡ ‰ ◊ ª º …
  Legal, // ¶ §
  Currency,
  Numeric, // ² ³ ± ¼ µ ÷ ° and the math of Mac Roman and code page 437
  Open, // punctuation that opens: ¡ ¿ « © ‚ „ • ‹ (and “ ‘, which also close, in German)
  Close, // ® » ” › ™
  Box, // the box drawing and blocks of code page 437
  Upper, // Latin letters beyond ASCII
  Lower,
  Common, // fine almost anywhere: NBSP, soft hyphen, · ´ ― … ’
  Dash, // – —
  Hat, // Â Ã Î Ð: leads of two-byte UTF-8 misread, rare before a symbol in any language
  Root, // √ ≈ ×: leads in Mac Roman and Windows-1252 (é, š, Hebrew), followed in real text by a digit or a space
  CyrUpper,
  CyrLower,
  GreekUpper,
  GreekLower,
}
const N = 21;

const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c += 1)
  CLASS[c] = c === 0x20 || (c >= 0x09 && c <= 0x0d) ? K.Space : /[a-zA-Z]/.test(String.fromCharCode(c)) ? K.AsciiLetter : K.Other;
for (const codec of CODECS) {
  for (const ch of codec.high) {
    const c = ch.charCodeAt(0);
    const cyrillic = c >= 0x400 && c <= 0x4ff;
    const greek = c >= 0x370 && c <= 0x3ff;
    if (c >= 0x80 && c <= 0x9f) CLASS[c] = K.C1;
    else if (c >= 0x2500 && c <= 0x25a0) CLASS[c] = K.Box;
    else if (/\p{Lu}/u.test(ch)) CLASS[c] = cyrillic ? K.CyrUpper : greek ? K.GreekUpper : K.Upper;
    else if (/\p{Ll}/u.test(ch)) CLASS[c] = cyrillic ? K.CyrLower : greek ? K.GreekLower : K.Lower;
  }
}
const classes: Array<[string, K]> = [
  ['¦¤¨¬¯¸ƒˆˇ˘˙˚˛˜˝†‡‰◊ªº΄΅⁄⌐\uF8FF', K.Bad],
  ['¶§', K.Legal],
  ['¢£¥€₧', K.Currency],
  ['²³¹±¼½¾µ÷°∞∫≠≤≥∂∆∏∑≡ⁿ∙⌠⌡∩№', K.Numeric],
  ['¡¿«©‚„•‹“‘', K.Open],
  ['®»”›™', K.Close],
  ['\u00a0\u00ad·´―…’', K.Common],
  ['–—', K.Dash],
  ['ÂÃÎÐ', K.Hat],
  ['√≈×', K.Root],
];
for (const [chars, k] of classes) for (const ch of chars) CLASS[ch.charCodeAt(0)] = k;

/** MARK[a * N + b] = 1 when a character of class a right before one of class b is a mark. */
const MARK = new Uint8Array(N * N);
const mark = (as: K[], bs: K[]) => {
  for (const a of as) for (const b of bs) MARK[a * N + b] = 1;
};
const LATIN = [K.Upper, K.Lower, K.Hat];
const SYMBOL = [K.Bad, K.Legal, K.Currency, K.Numeric, K.Open, K.Close, K.Box];
// A "bad" symbol touching a Latin letter or a symbol beyond ASCII.
mark([K.Bad], [...LATIN, ...SYMBOL, K.Root]);
mark([...LATIN, ...SYMBOL, K.Root], [K.Bad]);
// A lower-case letter or a sign right before a capital: "êÏ", "ðŸ".
mark([K.Lower, K.Box, K.Currency, K.Numeric], [K.Upper, K.Hat]);
// Capitals right before numbers, currency and signs of law: "Ä±", "Å¼", "Ξ±", "Р°".
mark([K.Upper, K.Hat, K.Box], [K.Numeric, K.Legal, K.Currency]);
mark([K.Lower], [K.Currency, K.Numeric]);
mark([K.Box, K.Currency, K.Numeric], [K.Lower]);
mark([K.Box, K.Currency], [K.Open]);
// Box drawing touching a Latin letter or a sign.
mark([K.Box], [...LATIN, K.Open, K.Close, K.Legal]);
mark([...LATIN, K.Open, K.Close, K.Legal, K.Currency, K.Numeric], [K.Box]);
mark([K.Hat], [K.C1, K.Bad, K.Legal, K.Currency, K.Numeric, K.Open, K.Close, K.Dash]);
mark([K.Root], [...LATIN, K.Legal, K.Currency, K.Numeric, K.Open, K.Close, K.Dash, K.Box, K.Common]);
mark([K.CyrUpper, K.GreekUpper], [K.Bad, K.Open]);
mark([K.CyrLower, K.GreekLower], [K.Currency]);
// A Cyrillic or Greek letter right beside a Latin one beyond ASCII: "ΓÇÖ" is ’ misread as code page 437.
mark([K.CyrUpper, K.CyrLower, K.GreekUpper, K.GreekLower], LATIN);
mark(LATIN, [K.CyrUpper, K.CyrLower, K.GreekUpper, K.GreekLower]);
mark([K.Dash], [K.Numeric, K.Currency, K.Bad, K.Legal]);

const codes = (chars: string) => new Set([...chars].map((ch) => ch.charCodeAt(0)));
const CLOSING_QUOTES = codes('“‘');
// What follows Â Ã Î Ð only in mojibake, beyond the symbols: NBSP, soft hyphen, ´ ·, Œ œ Š š Ž ž Ÿ,
// and the letters of Central Europe.
const AFTER_HAT = codes('\u00a0\u00ad´·ŒœŠšŽžŸĄąŁłĽľŚśŤťŹźŻż');
const AFTER_CAPITAL = codes('\u00ad™›Ÿ');
const OE = codes('Œœ');
// Leads that misreading turns every letter of a script into, each followed by a letter or a sign:
// Cyrillic under Windows-1251, Arabic under 1252, Greek under 1253. A sign between two of them is a mark.
const LEADS = codes('ВГРСØÙΞΟ');
const SERBIAN_CAPITALS = codes('ЂЃЉЊЌЋЏ');
// What à misread as Windows-1250, 1257, 1251 and 1253 starts with (C3), followed by NBSP or a sign.
const OTHER_C3 = codes('ĂĆГΓ');
// Leads of Central European and Baltic misreadings (Windows-1250, ISO-8859-2, 1257) and the letters
// they meet there, which belong to languages that never write them beside the lead: "Ăł" is ó, "ÄÆ" is į.
const NEVER_AFTER = new Map<number, Set<number>>([
  [0x102, codes('ąłľśšťźžżşˇĄŁĽŚŠŤŹŽŻ')], // Ă
  [0x139, codes('ąłľśšťźžżşˇ')], // Ĺ
  [0xc4, codes('ąłľśťźżşÆæØøŖŗž·')], // Ä
  [0x106, codes('ÆæØøŖŗ·')], // Ć
]);
const LOW_QUOTE = 0x201a;
const A_UMLAUT = 0xc4;

const isLower = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || CLASS[c] === K.Lower;

/** Whether characters `a` then `b` (code units, b beyond ASCII) are a mark; `before` precedes `a`, `after` follows `b`. */
function pairMarks(before: number, a: number, b: number, after: number): boolean {
  const ka = CLASS[a]!;
  const kb = CLASS[b]!;
  if (MARK[ka * N + kb] === 1) return !(kb === K.Open && CLOSING_QUOTES.has(b) && ka !== K.Hat);
  // Cyrillic and Greek capitals before a number or currency only where they lead: "Р°" is а misread as
  // Windows-1251, "Ξ±" α as 1253; "Δ²" is mathematics.
  if (LEADS.has(a) && (ka === K.CyrUpper || ka === K.GreekUpper) && (kb === K.Numeric || kb === K.Legal || kb === K.Currency)) return true;
  // "Р‚Р", "Ø®Ø": a lead, a sign, a lead.
  if (LEADS.has(a) && kb >= K.C1 && kb <= K.Dash && kb !== K.Box && LEADS.has(after)) return true;
  if (OTHER_C3.has(a) && (b === 0xa0 || b === 0xad || (kb >= K.Bad && kb <= K.Open && !CLOSING_QUOTES.has(b)))) return true;
  if (NEVER_AFTER.get(a)?.has(b)) return true;
  // "‚Äô": U+2019 misread as Mac Roman; "‚Äpfel‘" is German.
  if (a === LOW_QUOTE && b === A_UMLAUT && after >= 0x80) return true;
  // "â™«": a letter, a closing sign, an opening one (♫ misread as Windows-1252).
  if ((ka === K.Lower || ka === K.Upper) && kb === K.Close && CLASS[after] === K.Open) return true;
  switch (ka) {
    case K.Upper:
      // “ and ‘ close quotes in German, but no closing quote runs into a letter: "Å“uvre" is œuvre.
      if (kb === K.Open && (!CLOSING_QUOTES.has(b) || CLASS[after] === K.AsciiLetter)) return true;
      // Two capitals, or a capital and a closing quote, inside a lower-case word: "taÄŤkice", "MijeĹĄani",
      // "ÄŚÄŤad", "HangerĹ‘" (č, š, ő misread as Windows-1250 or ISO-8859-2); "PÄŤ" is Slovak.
      if ((kb === K.Upper || CLOSING_QUOTES.has(b)) && (isLower(before) || (kb === K.Upper && isLower(after)))) return true;
      return AFTER_CAPITAL.has(b) || OE.has(a);
    case K.Lower:
      return OE.has(a);
    case K.Hat:
      return AFTER_HAT.has(b);
    case K.CyrLower:
      // "вЂ": the misreading of U+20xx punctuation.
      return SERBIAN_CAPITALS.has(b);
    case K.Box:
      // "ci├│n", "├┤l": two box characters right after a letter, or two different ones before one.
      return kb === K.Box && ((CLASS[before] === K.AsciiLetter && CLASS[after] !== K.Box) || (a !== b && CLASS[after] === K.AsciiLetter));
    default:
      return false;
  }
}

/**
 * Ã or Â standing alone between spaces (not at the start of a text: "Ã la carte" is left alone), before `next`: "relatifs Ã l’utilisation" is à whose no-break
 * space became a space; so is " Ã  " before a second space.
 */
const hatWord = (hat: number, next: number): boolean => next === 0x20 || (hat === 0xc3 && next >= 0x61 && next <= 0x7a);

/**
 * Marks in text[from, to): C1 controls, pairs, and Ã or Â before a space after a lower-case letter, or
 * standing alone as a word (see hatWord).
 */
export function countMarks(text: string, from = 0, to = text.length): number {
  let n = 0;
  let before = from > 1 ? text.charCodeAt(from - 2) : 0x20;
  let prev = from > 0 ? text.charCodeAt(from - 1) : 0x20;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      if (CLASS[c] === K.C1) n += 1;
      else if ((prev >= 0x80 || CLASS[prev] === K.AsciiLetter) && pairMarks(before, prev, c, i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20)) n += 1;
    } else if (
      c === 0x20 &&
      (prev === 0xc3 || prev === 0xc2) &&
      ((before >= 0x61 && before <= 0x7a) || (before === 0x20 && i >= 2 && hatWord(prev, text.charCodeAt(i + 1))))
    )
      n += 1;
    else if (CLASS[c] === K.AsciiLetter && prev >= 0x80 && isForeignInsideWord(text, i)) n += 1;
    before = prev;
    prev = c;
  }
  return n;
}

/**
 * "interГЁs", "nΓΊmberu": one to three characters beyond ASCII inside a Latin word, the first a
 * Cyrillic or Greek capital: accented Latin misread as Windows-1251 or 1253.
 */
function isForeignInsideWord(text: string, end: number): boolean {
  let start = end - 1;
  while (start > 0 && end - start < 3 && text.charCodeAt(start - 1) >= 0x80) start -= 1;
  const first = CLASS[text.charCodeAt(start)];
  return (
    start > 0 && text.charCodeAt(start - 1) < 0x80 && CLASS[text.charCodeAt(start - 1)] === K.AsciiLetter && (first === K.CyrUpper || first === K.GreekUpper)
  );
}

export const hasMarks = (text: string, from = 0, to = text.length): boolean => countMarks(text, from, to) > 0;
