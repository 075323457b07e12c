import { chooseCodec } from './codec-choice.js';
import { resolveLine } from './gaps.js';
import type { Korean } from './korean.js';
import type { Slot } from './model.js';
import { looksClean, piecesOf, read, readWhole } from './reading.js';

export { looksClean };

/** What repairing a text did. */
export interface RepairResult {
  text: string;
  changed: boolean;
  /** The misreading undone, outermost first (several for double garbling). */
  codecs: string[];
  /** 1-based lines where a lost byte was chosen with little to go on. */
  uncertain: number[];
}

/** One pass: undoes one misreading of the whole text, or returns undefined when there is none. */
function repairOnce(text: string, model: Korean | undefined): { text: string; codec: string; uncertain: Set<number> } | undefined {
  const choice = chooseCodec(text);
  if (!choice) return undefined;
  const { codec, lossy } = choice;
  const uncertain = new Set<number>();
  const whole = lossy ? undefined : readWhole(text, codec);
  if (whole !== undefined) return whole === text ? undefined : { text: whole, codec: codec.name, uncertain };
  let out = '';
  let lineNumber = 0;
  for (let from = 0; from < text.length; ) {
    const newline = text.indexOf('\n', from);
    const end = newline === -1 ? text.length : newline + 1;
    const line = text.slice(from, end);
    from = end;
    lineNumber += 1;
    if (looksClean(line)) {
      out += line;
      continue;
    }
    const readings = piecesOf(line, codec).map(({ start, piece }) => ({ start, piece, reading: read(piece, codec, lossy) }));
    if (!readings.some((r) => r.reading.kind === 'lossy')) {
      // Whole runs read back or stay: the line is rebuilt as text, without one slot per character.
      let last = 0;
      for (const { start, piece, reading } of readings) {
        out += line.slice(last, start) + (reading.kind === 'valid' ? reading.text : piece);
        last = start + piece.length;
      }
      out += line.slice(last);
      continue;
    }
    const slots: Slot[] = [];
    // One slot per character (a code point: an emoji is one).
    const characters = (from: number, to: number) => {
      for (const ch of line.slice(from, to)) slots.push(ch);
    };
    let last = 0;
    for (const { start, piece, reading } of readings) {
      characters(last, start);
      if (reading.kind === 'valid') for (const ch of reading.text) slots.push(ch);
      else if (reading.kind === 'lossy') for (const slot of reading.slots) slots.push(slot);
      else characters(start, start + piece.length);
      last = start + piece.length;
    }
    characters(last, line.length);
    const resolved = resolveLine(slots, model);
    out += resolved.text;
    if (resolved.uncertain) uncertain.add(lineNumber);
  }
  return out === text ? undefined : { text: out, codec: codec.name, uncertain };
}

/**
 * Restores UTF-8 text that was read with a single-byte codepage, as often as it was (double garbling),
 * lossy forms included. Text with nothing suspicious is returned as it is, without further work.
 */
export function repairText(text: string, model?: Korean): RepairResult {
  if (looksClean(text)) return { text, changed: false, codecs: [], uncertain: [] };
  let current = text;
  const codecs: string[] = [];
  const uncertain = new Set<number>();
  // A pass that leaves nothing suspicious is the last: the check is one look at each code unit.
  for (let pass = 0; pass < 3 && !looksClean(current); pass += 1) {
    const next = repairOnce(current, model);
    if (!next) break;
    current = next.text;
    codecs.push(next.codec);
    for (const l of next.uncertain) uncertain.add(l);
  }
  return { text: current, changed: current !== text, codecs, uncertain: [...uncertain].sort((a, b) => a - b) };
}

/** True when repairing may need the Korean model: the text has runs that lost bytes. */
export function needsModel(text: string): boolean {
  if (looksClean(text)) return false;
  const choice = chooseCodec(text);
  return choice?.lossy === true;
}
