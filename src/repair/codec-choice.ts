import { CODECS, SUSPECT_CODE, type Codec } from './codecs.js';
import { NON_ASCII_RUN, read } from './reading.js';

const EVIDENCE_RUNS = 400;

interface SuspectRun {
  run: string;
  suspects: number;
}

/** The text's first runs of non-ASCII characters that hold suspect ones, found once for every codec. */
function suspectRuns(text: string): SuspectRun[] {
  const runs: SuspectRun[] = [];
  for (const m of text.matchAll(NON_ASCII_RUN)) {
    let suspects = 0;
    const run = m[0];
    for (let i = 0; i < run.length; i += 1) if (SUSPECT_CODE[run.charCodeAt(i)] === 1) suspects += 1;
    if (suspects === 0) continue;
    runs.push({ run, suspects });
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
function evidence(runs: readonly SuspectRun[], codec: Codec): { score: number; valid: number; lossy: boolean } {
  let score = 0;
  let valid = 0;
  let lossy = false;
  for (const { run, suspects } of runs) {
    if (!encodable(run, codec)) {
      score -= suspects;
      continue;
    }
    const r = read(run, codec, true);
    if (r.kind === 'no') score -= 2 * run.length;
    else score += run.length;
    if (r.kind === 'valid') {
      score -= 0.5 * r.rare;
      valid += 1;
    }
    if (r.kind === 'lossy') lossy = true;
  }
  return { score, valid, lossy };
}

const covers = (a: Codec, b: Codec): boolean => a.undefinedBytes.length > b.undefinedBytes.length && b.undefinedBytes.every((x) => a.undefinedBytes.includes(x));

export function chooseCodec(text: string): { codec: Codec; lossy: boolean } | undefined {
  let best: { codec: Codec; score: number; lossy: boolean } | undefined;
  const runs = suspectRuns(text);
  for (const codec of CODECS) {
    const e = evidence(runs, codec);
    if (e.valid === 0 || e.score <= 0) continue;
    // Text without a character only one of them has reads the same under Windows-1252 and -1254; when
    // bytes were lost, the codepage that loses more of them explains every gap the other does, and more.
    const better = !best || e.score > best.score || (e.score === best.score && e.lossy && covers(codec, best.codec));
    if (better) best = { codec, score: e.score, lossy: e.lossy };
  }
  return best && { codec: best.codec, lossy: best.lossy };
}
