/**
 * The single-byte tables that UTF-8 text gets misread with. Each maps the bytes 0x80–0xFF to the
 * characters a reader shows; a byte the codepage leaves undefined maps to its C1 control, which is the
 * "sloppy" form browsers produce. The strict form dropped those bytes instead (see `undefinedBytes`).
 */
export interface Codec {
  name: string;
  /** Characters of bytes 0x80..0xFF. */
  high: string[];
  /** Bytes the codepage leaves undefined. */
  undefinedBytes: number[];
  /** Character → byte, for 0x80..0xFF. */
  encode: Map<string, number>;
}

const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function highOf(label: string): string[] {
  if (label === 'latin-1') return Array.from({ length: 128 }, (_, i) => String.fromCharCode(0x80 + i));
  if (label === 'windows-1252') {
    // Node's TextDecoder reads windows-1252 as Latin-1, so its 0x80–0x9F row is spelled out here.
    return [...CP1252_80_9F, ...Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i))];
  }
  return [...new TextDecoder(label).decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i))];
}

function makeCodec(name: string, label: string): Codec {
  const high = highOf(label);
  const encode = new Map<string, number>();
  const undefinedBytes: number[] = [];
  high.forEach((ch, i) => {
    encode.set(ch, 0x80 + i);
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 && cp <= 0x9f && name !== 'latin-1') undefinedBytes.push(0x80 + i);
  });
  return { name, high, undefinedBytes, encode };
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
];

/** Every non-ASCII character some codec produces: text without any of them cannot be mojibake. */
export const SUSPECT = new Set(CODECS.flatMap((c) => c.high));
