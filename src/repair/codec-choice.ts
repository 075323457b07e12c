import { CODECS, SUSPECT_CODE, type Codec } from './codecs.js';
import { countMarks } from './marks.js';
import { innerSequences, NON_ASCII_RUN, read } from './reading.js';
import { sequenceLength } from './utf8.js';

const EVIDENCE_RUNS = 400;

interface SuspectRun {
  run: string;
  suspects: number;
  /** Carries no mark: it only breaks ties. */
  tame: boolean;
  /** A space follows: it may be a no-break space that was lost (see piecesOf). */
  spaceAfter: boolean;
}

/**
 * The text's first runs of non-ASCII characters that carry a mark of mojibake, found once for every
 * codec. Runs without a mark do not vote: clean words are decodable under some codec often enough.
 */
function suspectRuns(text: string): SuspectRun[] {
  const runs: SuspectRun[] = [];
  for (const m of text.matchAll(NON_ASCII_RUN)) {
    let suspects = 0;
    const run = m[0];
    for (let i = 0; i < run.length; i += 1) if (SUSPECT_CODE[run.charCodeAt(i)] === 1) suspects += 1;
    if (suspects === 0) continue;
    // The character after the run counts: "xÃ " is a mark at its space.
    const tame = countMarks(text, m.index!, Math.min(text.length, m.index! + run.length + 1)) === 0;
    runs.push({ run, suspects, tame, spaceAfter: text.charCodeAt(m.index! + run.length) === 0x20 });
    // The first few hundred suspect runs decide as well as all of them, and keep the work linear.
    if (runs.length === EVIDENCE_RUNS) break;
  }
  return runs;
}

const encodable = (run: string, codec: Codec): boolean => {
  for (let i = 0; i < run.length; i += 1) if (codec.byteOf[run.charCodeAt(i)] === 0) return false;
  return true;
};

/**
 * How strongly the runs read as mojibake of `codec`, in characters: runs that read back count for it;
 * runs that cannot, or that hold suspect characters the codec never produces, count against it.
 */
function evidence(runs: readonly SuspectRun[], codec: Codec): { score: number; valid: number; lossy: boolean; tame: number; cost: number } {
  let score = 0;
  let valid = 0;
  let lossy = false;
  let tame = 0;
  let cost = 0;
  for (const { run, suspects, tame: unmarked, spaceAfter } of runs) {
    if (unmarked) {
      if (encodable(run, codec) && read(run, codec, false).kind === 'valid') tame += 1;
      continue;
    }
    if (!encodable(run, codec)) {
      score -= suspects;
      continue;
    }
    // As piecesOf reads it: only the lead of a two-byte sequence takes the space for its 0xA0.
    const last = codec.byteOf[run.charCodeAt(run.length - 1)]!;
    const withSpace = spaceAfter && sequenceLength(last) === 2 && codec.high[0x20] === '\u00a0' ? read(`${run} `, codec, true) : undefined;
    const r = withSpace?.kind === 'valid' ? withSpace : read(run, codec, true);
    if (r.kind === 'no') {
      // Text garbled in part: the marked sequences inside the run count for the codec.
      const inner = innerSequences(run, codec, (from, to) => countMarks(run.slice(from, to)) > 0);
      if (inner.length === 0) score -= 2 * run.length;
      else {
        valid += 1;
        for (const { from, to } of inner) score += to - from;
      }
      continue;
    }
    score += run.length;
    if (r.kind === 'valid') {
      score -= 0.5 * r.rare;
      cost += r.cost;
      valid += 1;
    }
    if (r.kind === 'lossy') lossy = true;
  }
  return { score, valid, lossy, tame, cost };
}

const covers = (a: Codec, b: Codec): boolean =>
  a.undefinedBytes.length > b.undefinedBytes.length && b.undefinedBytes.every((x) => a.undefinedBytes.includes(x));

export function chooseCodec(text: string): { codec: Codec; lossy: boolean } | undefined {
  let best: { codec: Codec; score: number; lossy: boolean; tame: number; cost: number } | undefined;
  const runs = suspectRuns(text);
  for (const codec of CODECS) {
    const e = evidence(runs, codec);
    if (e.valid === 0 || e.score <= 0) continue;
    // Text without a character only one of them has reads the same under Windows-1252 and -1254; when
    // bytes were lost, the codepage that loses more of them explains every gap the other does, and more.
    // Otherwise, the codepage that also reads back more of the runs without a mark (text garbled in
    // full, where some words happen to look tame) explains more of the text.
    const tie = best !== undefined && e.score === best.score;
    // Then a reading that lost no byte before one that did, then commoner letters (ž before Ş).
    const same = tie && e.tame === best!.tame;
    const better =
      !best ||
      e.score > best.score ||
      (tie && e.tame > best.tame) ||
      (same && best.lossy && !e.lossy) ||
      (same && best.lossy === e.lossy && e.cost < best.cost - 0.5) ||
      (same && e.lossy && Math.abs(e.cost - best.cost) <= 0.5 && covers(codec, best.codec));
    if (better) best = { codec, score: e.score, lossy: e.lossy, tame: e.tame, cost: e.cost };
  }
  return best && { codec: best.codec, lossy: best.lossy };
}
