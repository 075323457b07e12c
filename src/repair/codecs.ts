/**
 * The single-byte tables that UTF-8 text gets misread with. Each maps the bytes 0x80–0xFF to the
 * characters a reader shows; a byte the codepage leaves undefined maps to the Latin-1 character of its
 * value (a C1 control for 0x80–0x9F), which is the "sloppy" form browsers produce. The strict form dropped those bytes instead (see `undefinedBytes`).
 */
export interface Codec {
  name: string;
  /** Characters of bytes 0x80..0xFF. */
  high: string[];
  /** Bytes the codepage leaves undefined. */
  undefinedBytes: number[];
  /** Byte of a character of the table, by its UTF-16 code unit; 0 for a character outside it. */
  byteOf: Uint8Array;
}

/** Windows-1252's characters for the bytes 0x80–0x9F (the C1 controls where it defines none). */
export const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const CP1252_UNDEFINED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

// Code page 437, the PC's own: no decoder in Node knows it.
const CP437_80_FF = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/** The table of a codepage, and the bytes it leaves undefined (kept as their Latin-1 character). */
function tableOf(name: string, label: string): { high: string[]; undefinedBytes: number[] } {
  const bytes = Array.from({ length: 128 }, (_, i) => 0x80 + i);
  if (name === 'latin-1') return { high: bytes.map((b) => String.fromCharCode(b)), undefinedBytes: [] };
  if (name === 'cp437') return { high: [...CP437_80_FF], undefinedBytes: [] };
  if (name === 'windows-1252') {
    // Node's TextDecoder reads windows-1252 as Latin-1, so its 0x80–0x9F row is spelled out here.
    return { high: [...CP1252_80_9F, ...bytes.slice(32).map((b) => String.fromCharCode(b))], undefinedBytes: CP1252_UNDEFINED };
  }
  const decoded = [...new TextDecoder(label).decode(Uint8Array.from(bytes))];
  // ISO-8859-2 defines 0x80–0x9F as the C1 controls themselves: a reader keeps them, none is lost.
  const undefinedBytes = bytes.filter(
    (_b, i) => decoded[i] === '\uFFFD' || (name !== 'iso-8859-2' && decoded[i]!.charCodeAt(0) >= 0x80 && decoded[i]!.charCodeAt(0) <= 0x9f),
  );
  return { high: decoded.map((ch, i) => (ch === '\uFFFD' ? String.fromCharCode(bytes[i]!) : ch)), undefinedBytes };
}

function makeCodec(name: string, label: string): Codec {
  const { high, undefinedBytes } = tableOf(name, label);
  const byteOf = new Uint8Array(0x10000);
  high.forEach((ch, i) => {
    byteOf[ch.charCodeAt(0)] = 0x80 + i;
  });
  return { name, high, undefinedBytes, byteOf };
}

/** In the order ties are broken: the most common misreadings first. */
export const CODECS: Codec[] = [
  makeCodec('windows-1252', 'windows-1252'),
  makeCodec('windows-1254', 'windows-1254'),
  makeCodec('mac-roman', 'macintosh'),
  makeCodec('latin-1', 'latin-1'),
  makeCodec('windows-1250', 'windows-1250'),
  makeCodec('windows-1251', 'windows-1251'),
  makeCodec('windows-1257', 'windows-1257'),
  makeCodec('windows-1253', 'windows-1253'),
  makeCodec('iso-8859-2', 'iso-8859-2'),
  makeCodec('cp437', 'cp437'),
];

/**
 * 1 for every non-ASCII character some codec produces, by UTF-16 code unit (each is one): text
 * without any of them cannot be mojibake.
 */
export const SUSPECT_CODE = new Uint8Array(0x10000);
for (const codec of CODECS) for (const ch of codec.high) SUSPECT_CODE[ch.charCodeAt(0)] = 1;
