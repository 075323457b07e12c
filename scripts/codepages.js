// Single-byte codepages for making mojibake on purpose in the evaluation scripts, built here from
// Node's decoders and the published tables, independently of src/repair's own tables.

const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const CP437_80_FF = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/** Characters of bytes 0x80..0xFF; null where the codepage leaves a byte undefined. */
function high(name) {
  const bytes = Array.from({ length: 128 }, (_, i) => 0x80 + i);
  if (name === 'latin-1') return bytes.map((b) => String.fromCharCode(b));
  if (name === 'windows-1252')
    return [...CP1252_80_9F, ...bytes.slice(32).map((b) => String.fromCharCode(b))].map((ch, i) =>
      [0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(0x80 + i) ? null : ch,
    );
  if (name === 'cp437') return [...CP437_80_FF];
  const label = name === 'mac-roman' ? 'macintosh' : name;
  const decoded = [...new TextDecoder(label).decode(Uint8Array.from(bytes))];
  return decoded.map((ch) => (ch === '\uFFFD' ? null : ch));
}

export const CODEPAGES = [
  'latin-1',
  'windows-1252',
  'windows-1250',
  'windows-1251',
  'windows-1253',
  'windows-1254',
  'windows-1257',
  'iso-8859-2',
  'mac-roman',
  'cp437',
];
const TABLES = new Map(CODEPAGES.map((n) => [n, high(n)]));

/**
 * `text`'s UTF-8 bytes read with codepage `name`. An undefined byte becomes, by `undefinedAs`: its
 * Latin-1 character ('sloppy', a C1 control for 0x80-0x9F), nothing ('drop') or U+FFFD ('replace').
 */
export function misread(text, name, { undefinedAs = 'sloppy', bytes } = {}) {
  const table = TABLES.get(name);
  if (!table) throw new Error(`unknown codepage ${name}`);
  let out = '';
  for (const b of bytes ?? Buffer.from(text, 'utf8')) {
    if (b < 0x80) out += String.fromCharCode(b);
    else if (table[b - 0x80] !== null) out += table[b - 0x80];
    else if (undefinedAs === 'sloppy') out += String.fromCharCode(b);
    else if (undefinedAs === 'replace') out += '\uFFFD';
  }
  return out;
}

/** Whether every character of `text` has a byte in Windows-1252 (ASCII included). */
export function cp1252Bytes(text) {
  const out = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out.push(c);
    else {
      const i = CP1252_80_9F.indexOf(ch);
      if (i < 0 || [0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(0x80 + i)) return null;
      out.push(0x80 + i);
    }
  }
  return out;
}

/** UTF-8 with astral characters as CESU-8 (each surrogate half as its own three bytes), as Java's modified UTF-8 writes them. */
export function cesu8(text) {
  const out = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(...Buffer.from(text[i], 'utf8'));
  }
  return Buffer.from(out);
}
