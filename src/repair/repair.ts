import { chooseCodec } from './codec-choice.js';
import { CP1252_80_9F, type Codec } from './codecs.js';
import { resolveLine } from './gaps.js';
import type { Korean } from './korean.js';
import { countMarks, hasMarks } from './marks.js';
import type { Slot } from './model.js';
import { innerSequences, looksClean, piecesOf, read, readWhole } from './reading.js';
import { weightOf } from './weight.js';

/** What repairing a text did. */
export interface RepairResult {
  text: string;
  changed: boolean;
  /** The misreading undone, outermost first (several for double garbling). */
  codecs: string[];
  /** 1-based lines where a lost byte was chosen with little to go on. */
  uncertain: number[];
}

const marksIn = (text: string) => (from: number, to: number) => countMarks(text.slice(from, to)) > 0;

interface LineReading {
  out: Slot[] | string;
  /** The evidence that the readings add up to (see weightOf). */
  weight: number;
}

/**
 * One line read back under `codec`, as slots (lost bytes are lists of candidates). A line that reads
 * back whole is decoded whole; otherwise (text garbled in part) each piece is decoded only where it
 * carries a mark of its own, and inside a piece that cannot be read whole, each marked sequence.
 */
function readLine(line: string, codec: Codec, lossy: boolean, whole: true): LineReading | undefined;
function readLine(line: string, codec: Codec, lossy: boolean): LineReading;
function readLine(line: string, codec: Codec, lossy: boolean, whole = false): LineReading | undefined {
  const readings = piecesOf(line, codec).map((p) => ({ ...p, reading: read(p.piece, codec, lossy) }));
  const consistent = readings.every((r) => r.reading.kind !== 'no');
  // Asked for the whole line: undefined unless every piece reads back.
  if (whole && (!consistent || readings.length === 0)) return undefined;
  const slots: Slot[] = [];
  let plain = true;
  let weight = 0;
  // One slot per character (a code point: an emoji is one).
  const characters = (text: string) => {
    for (const ch of text) slots.push(ch);
  };
  let last = 0;
  for (const { start, piece, space, reading } of readings) {
    characters(line.slice(last, start));
    last = start + piece.length;
    const decode = reading.kind !== 'no' && (consistent || countMarks(line, start, last) > 0);
    if (decode && reading.kind === 'valid') {
      characters(reading.text);
      weight += weightOf(piece, reading.text);
    } else if (decode && reading.kind === 'lossy') {
      plain = false;
      for (const slot of reading.slots) {
        slots.push(slot);
        weight += typeof slot === 'string' ? weightOf(piece, slot) : 1;
      }
    } else {
      let from = 0;
      for (const seq of innerSequences(piece, codec, marksIn(piece))) {
        characters(piece.slice(from, seq.from));
        characters(seq.text);
        weight += weightOf(piece.slice(seq.from, seq.to), seq.text);
        from = seq.to;
      }
      characters(piece.slice(from));
      if (from === piece.length && space) characters(' ');
      continue;
    }
    if (space) characters(' ');
  }
  characters(line.slice(last));
  return { out: plain ? slots.join('') : slots, weight };
}

/**
 * One line repaired under `codec`, kept as it is when the readings are not evidence enough (see
 * weightOf) or the result shows more marks of mojibake than the line.
 */
function repairLine(line: string, codec: Codec, lossy: boolean, model: Korean | undefined): { text: string; uncertain: boolean } {
  const kept = { text: line, uncertain: false };
  const marks = countMarks(line);
  const whole = lossy ? undefined : readWhole(line, codec);
  // Not more marks than before: a first layer of double garbling read back still shows the second.
  if (whole !== undefined && countMarks(whole) <= marks) return weightOf(line, whole) >= 1 ? { text: whole, uncertain: false } : kept;
  const read = readLine(line, codec, lossy);
  if (read.weight < 1) return kept;
  const resolved = typeof read.out === 'string' ? { text: read.out, uncertain: false } : resolveLine(read.out, model);
  return countMarks(resolved.text) <= marks ? resolved : kept;
}

/**
 * One pass: undoes one misreading, line by line where a line shows it; undefined when nothing changes.
 * A line without a mark of its own is read back too when most of the text's lines showed this
 * misreading (a long garbled post has lines whose garbling happens to look tame), and only when the
 * whole line reads back.
 */
function repairOnce(text: string, model: Korean | undefined): { text: string; codec: string; uncertain: Set<number> } | undefined {
  const choice = chooseCodec(text);
  if (!choice) return undefined;
  const { codec, lossy } = choice;
  const lines: Array<{ line: string; out: string; uncertain: boolean; tame: boolean }> = [];
  let suspect = 0;
  let repaired = 0;
  for (let from = 0; from < text.length; ) {
    const newline = text.indexOf('\n', from);
    const end = newline === -1 ? text.length : newline + 1;
    const line = text.slice(from, end);
    from = end;
    if (looksClean(line)) {
      lines.push({ line, out: line, uncertain: false, tame: false });
      continue;
    }
    suspect += 1;
    if (!hasMarks(line)) {
      lines.push({ line, out: line, uncertain: false, tame: true });
      continue;
    }
    let r = repairLine(line, codec, lossy, model);
    if (r.text === line) {
      // A line of another misreading than the rest of the text.
      const own = chooseCodec(line);
      if (own && own.codec !== codec) r = repairLine(line, own.codec, own.lossy, model);
    } else repaired += 1;
    lines.push({ line, out: r.text, uncertain: r.uncertain, tame: false });
  }
  const uncertain = new Set<number>();
  let out = '';
  lines.forEach((l, i) => {
    if (l.tame && repaired >= 3 && 2 * repaired >= suspect) {
      const read = readLine(l.line, codec, lossy, true);
      if (read !== undefined) {
        const r = typeof read.out === 'string' ? { text: read.out, uncertain: false } : resolveLine(read.out, model);
        l.out = r.text;
        l.uncertain = r.uncertain;
      }
    }
    out += l.out;
    if (l.uncertain) uncertain.add(i + 1);
  });
  return out === text ? undefined : { text: out, codec: codec.name, uncertain };
}

/** C1 controls left after decoding are Windows-1252 text read as Latin-1: `\x93` is `“`. */
const fixC1 = (text: string): string => text.replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!);

/**
 * Restores UTF-8 text that was read with a single-byte codepage, as often as it was (double garbling),
 * lossy forms included. Text is decoded only where it shows marks of mojibake (see marks.ts); text
 * without any is returned as it is, without further work.
 */
export function repairText(text: string, model?: Korean): RepairResult {
  if (looksClean(text) || !hasMarks(text)) return { text, changed: false, codecs: [], uncertain: [] };
  let current = text;
  const codecs: string[] = [];
  const uncertain = new Set<number>();
  for (let pass = 0; pass < 4 && !looksClean(current) && hasMarks(current); pass += 1) {
    const next = repairOnce(current, model);
    if (!next) break;
    current = next.text;
    codecs.push(next.codec);
    for (const l of next.uncertain) uncertain.add(l);
  }
  const c1 = fixC1(current);
  if (c1 !== current) codecs.push('C1 controls as windows-1252');
  current = c1;
  return { text: current, changed: current !== text, codecs, uncertain: [...uncertain].sort((a, b) => a - b) };
}

/** True when repairing may need the Korean model: the text has runs that lost bytes. */
export function needsModel(text: string): boolean {
  if (looksClean(text) || !hasMarks(text)) return false;
  return chooseCodec(text)?.lossy === true;
}
