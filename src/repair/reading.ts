import { SUSPECT_CODE, type Codec } from './codecs.js';
import type { Slot } from './model.js';
import { allPlausible, isRare, letterCost } from './plausible.js';
import { decodeUtf8 } from '../core/text.js';
import { candidatesFor, decodeBytes, groupsOf, joinSurrogates, sequenceLength } from './utf8.js';

/** How one run of non-ASCII characters reads back under a codec. */
export type Reading =
  | {
      kind: 'valid';
      text: string;
      /** Rare letters in `text`, which weigh against the codepage. */
      rare: number;
      /** How uncommon its letters are (see letterCost). */
      cost: number;
    }
  | { kind: 'lossy'; slots: Slot[] }
  | { kind: 'no' };

export const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

/** Quick test: nothing in `text` is a character that misreading UTF-8 produces. */
export function looksClean(text: string): boolean {
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

/** The bytes of a piece under a codec; a space in a piece stands for a no-break space that was lost (see piecesOf). */
function bytesOf(piece: string, codec: Codec): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < piece.length; i += 1) bytes.push(piece.charCodeAt(i) === 0x20 ? 0xa0 : codec.byteOf[piece.charCodeAt(i)]!);
  return joinSurrogates(bytes);
}

function readUncached(piece: string, codec: Codec, lossy: boolean): Reading {
  const bytes = bytesOf(piece, codec);
  const groups = groupsOf(bytes);
  if (!groups) return { kind: 'no' };
  if (groups.every((g) => g.missing === 0)) {
    const text = decodeBytes(bytes);
    if (text === null || text === piece || !allPlausible(text)) return { kind: 'no' };
    let rare = 0;
    let cost = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (isRare(cp)) rare += 1;
      cost += letterCost(cp);
    }
    return { kind: 'valid', text, rare, cost };
  }
  if (!lossy || codec.undefinedBytes.length === 0) return { kind: 'no' };
  const slots: Slot[] = [];
  for (const g of groups) {
    if (g.missing === 0) {
      const ch = decodeBytes(g.bytes);
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
 * it equals reading run by run (ASCII bytes never sit inside a UTF-8 sequence).
 */
export function readWhole(text: string, codec: Codec): string | undefined {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 ? code : codec.byteOf[code]!;
    if (byte === 0 && code !== 0) return undefined;
    bytes[i] = byte;
  }
  const decoded = decodeUtf8(bytes.includes(0xed) ? Uint8Array.from(joinSurrogates(bytes)) : bytes);
  return decoded !== null && allPlausible(decoded) ? decoded : undefined;
}

/** A piece of a line that a codec could have produced; `space`: a space after it belongs to the output. */
export interface Piece {
  start: number;
  piece: string;
  space?: boolean;
}

/**
 * The pieces of `text` a codec could have produced: runs of non-ASCII characters it can encode. Where
 * the lead of a two-byte sequence stands before a space, the space is taken for the no-break space
 * (0xA0) that it was before something along the way turned it into a space (`Å veices` is `Šveices`,
 * `Ã ` is `à`). After `à`, a word of its own in French and Portuguese, the space is also kept, except
 * in Portuguese `às` and `àquele`.
 */
export function piecesOf(text: string, codec: Codec): Piece[] {
  const pieces: Piece[] = [];
  const byteOf = codec.byteOf;
  const nbsp = codec.high[0x20] === '\u00a0';
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    // Code units the codec cannot encode (surrogate halves among them) end a piece, as does ASCII.
    if (code >= 0x80 && byteOf[code] !== 0) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    if (code === 0x20 && nbsp && sequenceLength(byteOf[text.charCodeAt(i - 1)]!) === 2) {
      const after = text.slice(i + 1, i + 5);
      // A second space after it is the word's own: nothing to add then.
      const keepSpace = byteOf[text.charCodeAt(i - 1)] === 0xc3 && after !== '' && !/^( |s( |$)|qu[ei]l)/.test(after);
      if (!keepSpace && i + 1 < text.length && byteOf[text.charCodeAt(i + 1)] !== 0 && text.charCodeAt(i + 1) >= 0x80) continue;
      pieces.push({ start, piece: text.slice(start, i + 1), space: keepSpace });
      start = -1;
      continue;
    }
    pieces.push({ start, piece: text.slice(start, i) });
    start = -1;
  }
  return pieces;
}

/**
 * The UTF-8 sequences inside a piece that does not read back as a whole (text garbled in part):
 * each one that is complete, decodes to a plausible character and carries a mark of mojibake itself.
 */
export function innerSequences(piece: string, codec: Codec, marked: (from: number, to: number) => boolean): Array<{ from: number; to: number; text: string }> {
  const found: Array<{ from: number; to: number; text: string }> = [];
  const bytes = piece.split('').map((ch) => (ch === ' ' ? 0xa0 : codec.byteOf[ch.charCodeAt(0)]!));
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    // A CESU-8 pair of surrogates is six bytes.
    const len = b === 0xed && bytes[i + 3] === 0xed && (bytes[i + 1]! & 0xf0) === 0xa0 ? 6 : sequenceLength(b);
    if (len > 0 && i + len <= bytes.length) {
      const seq = joinSurrogates(bytes.slice(i, i + len));
      const text = decodeBytes(seq);
      // Without the support of a whole run, a sequence that reads as a rare letter is not taken:
      // "»З«" (Serbian letters in German quotes) is not "»ǫ".
      if (text !== null && allPlausible(text) && !isRare(text.codePointAt(0)!) && marked(i, i + len)) {
        found.push({ from: i, to: i + len, text });
        i += len;
        continue;
      }
    }
    i += 1;
  }
  return found;
}
