// Makes mojibake on purpose, for the repair tests and benchmark: UTF-8 bytes read with a single-byte
// codepage, in the sloppy form (undefined bytes kept as C1/Latin-1 characters) or the lossy one (dropped).

/** Garbles `text` with `codec` (a table from dist/repair/codecs.js). */
export function garble(text, codec, { lossy = false } = {}) {
  let out = '';
  for (const b of Buffer.from(text, 'utf8')) {
    if (b < 0x80) out += String.fromCharCode(b);
    else if (!(lossy && codec.undefinedBytes.includes(b))) out += codec.high[b - 0x80];
  }
  return out;
}
