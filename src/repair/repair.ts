import { CODECS, SUSPECT, type Codec } from './codecs.js';
import { gapScorer, templateBonus, type Slot, type SyllableModel } from './model.js';
import { allPlausible } from './plausible.js';
import { candidatesFor, decodeSequence, groupsOf } from './utf8.js';

/** What repairing a text did. */
export interface RepairResult {
  text: string;
  changed: boolean;
  /** The misreading undone, outermost first (several for double garbling). */
  codecs: string[];
  /** 1-based lines where a lost byte was chosen with little to go on. */
  uncertain: number[];
}

/** How one run of non-ASCII characters reads back under a codec. */
type Reading =
  | { kind: 'valid'; text: string }
  | { kind: 'lossy'; slots: Slot[] }
  | { kind: 'no' };

const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

/** Quick test: nothing in `text` is a character that misreading UTF-8 produces. */
export function looksClean(text: string): boolean {
  for (const ch of text) if (ch.charCodeAt(0) >= 0x80 && SUSPECT.has(ch)) return false;
  return true;
}

function read(piece: string, codec: Codec, lossy: boolean): Reading {
  const bytes: number[] = [];
  for (const ch of piece) bytes.push(codec.encode.get(ch)!);
  const groups = groupsOf(bytes);
  if (!groups) return { kind: 'no' };
  if (groups.every((g) => g.missing === 0)) {
    const text = decodeSequence(bytes);
    return text !== null && text !== piece && allPlausible(text) ? { kind: 'valid', text } : { kind: 'no' };
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

/** The pieces of `text` a codec could have produced: runs of non-ASCII characters it can encode. */
function* piecesOf(text: string, codec: Codec): Generator<{ start: number; piece: string }> {
  for (const m of text.matchAll(NON_ASCII_RUN)) {
    let start = m.index!;
    let piece = '';
    for (const ch of m[0]) {
      if (codec.encode.has(ch)) piece += ch;
      else {
        if (piece) yield { start, piece };
        start += piece.length + ch.length;
        piece = '';
      }
    }
    if (piece) yield { start, piece };
  }
}

/**
 * How strongly the text reads as mojibake of `codec`, in characters: runs that read back count for it;
 * runs that cannot, or that hold suspect characters the codec never produces, count against it.
 */
function evidence(text: string, codec: Codec): { score: number; valid: number; lossy: boolean } {
  let score = 0;
  let valid = 0;
  let lossy = false;
  for (const m of text.matchAll(NON_ASCII_RUN)) {
    const run = m[0];
    const suspects = [...run].filter((ch) => SUSPECT.has(ch)).length;
    if (suspects === 0) continue;
    if (![...run].every((ch) => codec.encode.has(ch))) {
      score -= suspects;
      continue;
    }
    const r = read(run, codec, true);
    if (r.kind === 'no') score -= 2 * run.length;
    else score += run.length;
    if (r.kind === 'valid') valid += 1;
    if (r.kind === 'lossy') lossy = true;
  }
  return { score, valid, lossy };
}

function chooseCodec(text: string): { codec: Codec; lossy: boolean } | undefined {
  let best: { codec: Codec; score: number; lossy: boolean } | undefined;
  for (const codec of CODECS) {
    const e = evidence(text, codec);
    if (e.valid > 0 && e.score > 0 && (!best || e.score > best.score)) best = { codec, score: e.score, lossy: e.lossy };
  }
  return best && { codec: best.codec, lossy: best.lossy };
}

/** Resolves a line's gaps, left to right; returns the text and whether any choice was close. */
function resolveLine(slots: Slot[], model: SyllableModel | undefined): { text: string; uncertain: boolean } {
  const scorer = gapScorer(model);
  let uncertain = false;
  const chosen = slots.map((s) => (typeof s === 'string' ? s : ''));
  for (let i = 0; i < slots.length; i += 1) {
    const slot = slots[i]!;
    if (typeof slot === 'string') continue;
    const before = chosen.slice(Math.max(0, i - 3), i).join('');
    const next = slots[i + 1];
    const after = typeof next === 'string' ? next : '';
    const ranked = slot
      .map((c) => ({ c, s: scorer.score(before, c, after) + templateBonus(slots, i, c) }))
      .sort((a, b) => b.s - a.s);
    chosen[i] = ranked[0]!.c;
    if (ranked.length > 1 && ranked[0]!.s - ranked[1]!.s < 1) uncertain = true;
  }
  return { text: chosen.join(''), uncertain };
}

/** One pass: undoes one misreading of the whole text, or returns undefined when there is none. */
function repairOnce(text: string, model: SyllableModel | undefined): { text: string; codec: string; uncertain: Set<number> } | undefined {
  const choice = chooseCodec(text);
  if (!choice) return undefined;
  const { codec, lossy } = choice;
  const uncertain = new Set<number>();
  let out = '';
  let from = 0;
  for (const line of text.split(/(?<=\n)/)) {
    const end = from + line.length;
    const slots: Slot[] = [];
    let last = 0;
    let lineLossy = false;
    for (const { start, piece } of piecesOf(line, codec)) {
      const r = read(piece, codec, lossy);
      slots.push(...line.slice(last, start));
      if (r.kind === 'valid') slots.push(...r.text);
      else if (r.kind === 'lossy') {
        slots.push(...r.slots);
        lineLossy = true;
      } else slots.push(...piece);
      last = start + piece.length;
    }
    slots.push(...line.slice(last));
    if (lineLossy) {
      const resolved = resolveLine(slots, model);
      out += resolved.text;
      if (resolved.uncertain) uncertain.add(text.slice(0, from).split('\n').length);
    } else out += slots.join('');
    from = end;
  }
  return out === text ? undefined : { text: out, codec: codec.name, uncertain };
}

/**
 * Restores UTF-8 text that was read with a single-byte codepage, as often as it was (double garbling),
 * lossy forms included. Text with nothing suspicious is returned as it is, without further work.
 */
export function repairText(text: string, model?: SyllableModel): RepairResult {
  if (looksClean(text)) return { text, changed: false, codecs: [], uncertain: [] };
  let current = text;
  const codecs: string[] = [];
  const uncertain = new Set<number>();
  for (let pass = 0; pass < 3; pass += 1) {
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
