import { SUSPECT_CODE, type Codec } from './codecs.js';
import type { Slot } from './model.js';
import { allPlausible, isRare } from './plausible.js';
import { candidatesFor, decodeSequence, decodeUtf8, groupsOf } from './utf8.js';

/** How one run of non-ASCII characters reads back under a codec. */
export type Reading =
  | { kind: 'valid'; text: string; /** Rare letters in `text`, which weigh against the codepage. */ rare: number }
  | { kind: 'lossy'; slots: Slot[] }
  | { kind: 'no' };

export const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

/** Quick test: nothing in `text` is a character that misreading UTF-8 produces. */
export function looksClean(text: string): boolean {
  // A loop over code units with a table beats a regular expression's character class 1.5-2.5 times.
  for (let i = 0; i < text.length; i += 1) if (SUSPECT_CODE[text.charCodeAt(i)] === 1) return false;
  return true;
}

// Runs repeat a lot within a text (the same syllables, the same template), so readings are memoized
// per codec and mode; the memo lives as long as the codec table.
const memo = new WeakMap<Codec, { lossy: Map<string, Reading>; whole: Map<string, Reading> }>();

export function read(piece: string, codec: Codec, lossy: boolean): Reading {
  let byCodec = memo.get(codec);
  if (!byCodec) memo.set(codec, (byCodec = { lossy: new Map(), whole: new Map() }));
  const readings = lossy ? byCodec.lossy : byCodec.whole;
  let reading = readings.get(piece);
  if (!reading) {
    reading = readUncached(piece, codec, lossy);
    // Bounded, so that a long run of unusual text cannot grow it without limit.
    if (readings.size > 50_000) readings.clear();
    readings.set(piece, reading);
  }
  return reading;
}

function readUncached(piece: string, codec: Codec, lossy: boolean): Reading {
  const bytes: number[] = [];
  for (let i = 0; i < piece.length; i += 1) bytes.push(codec.byteOf[piece.charCodeAt(i)]!);
  const groups = groupsOf(bytes);
  if (!groups) return { kind: 'no' };
  if (groups.every((g) => g.missing === 0)) {
    const text = decodeSequence(bytes);
    if (text === null || text === piece || !allPlausible(text)) return { kind: 'no' };
    return { kind: 'valid', text, rare: [...text].filter((ch) => isRare(ch.codePointAt(0)!)).length };
  }
  if (!lossy || codec.undefinedBytes.length === 0) return { kind: 'no' };
  const slots: Slot[] = [];
  for (const g of groups) {
    if (g.missing === 0) {
      const ch = decodeSequence(g.bytes);
      if (ch === null || !allPlausible(ch)) return { kind: 'no' };
      slots.push(ch);
      continue;
    }
    const options = candidatesFor(g, codec.undefinedBytes).filter(allPlausible);
    if (options.length === 0) return { kind: 'no' };
    slots.push(options.length === 1 ? options[0]! : options);
  }
  return { kind: 'lossy', slots };
}

/**
 * The whole text read back at once, when every character is ASCII or of the codec's table, the bytes
 * are valid UTF-8 and every character they make is plausible; otherwise undefined. Where it succeeds
 * it equals reading run by run (ASCII bytes never sit inside a UTF-8 sequence), at native speed.
 */
export function readWhole(text: string, codec: Codec): string | undefined {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 ? code : codec.byteOf[code]!;
    if (byte === 0 && code !== 0) return undefined;
    bytes[i] = byte;
  }
  const decoded = decodeUtf8(bytes);
  return decoded !== null && allPlausible(decoded) ? decoded : undefined;
}

/** The pieces of `text` a codec could have produced: runs of non-ASCII characters it can encode. */
export function piecesOf(text: string, codec: Codec): Array<{ start: number; piece: string }> {
  const pieces: Array<{ start: number; piece: string }> = [];
  const byteOf = codec.byteOf;
  for (const m of text.matchAll(NON_ASCII_RUN)) {
    const run = m[0];
    // Code units the codec cannot encode (surrogate halves among them) end a piece.
    let start = -1;
    for (let i = 0; i <= run.length; i += 1) {
      const encodable = i < run.length && byteOf[run.charCodeAt(i)] !== 0;
      if (encodable && start < 0) start = i;
      else if (!encodable && start >= 0) {
        pieces.push({ start: m.index! + start, piece: run.slice(start, i) });
        start = -1;
      }
    }
  }
  return pieces;
}
