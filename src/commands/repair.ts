import { basename } from 'node:path';
import pLimit from 'p-limit';
import { EXIT, ExitError } from '../errors.js';
import { dayOfPost, fixInstitutions } from '../institutions.js';
import type { Io } from '../io.js';
import { resolveOptions, type SourceFlags } from '../options.js';
import type { Korean } from '../repair/korean.js';
import { needsModel, repairText } from '../repair/repair.js';
import { readUtf8File, writeAtomic } from '../store.js';

export interface RepairFlags extends SourceFlags {
  check?: boolean;
  json?: boolean;
  /** Also set each "기관" line to the paper's organization, read from Hugging Face. */
  institutions?: boolean;
}

type FileReport =
  | { path: string; status: 'changed' | 'unchanged'; codecs: string[]; uncertain: number[] }
  | { path: string; status: 'skipped' | 'error'; reason: string };

/** A line diff of the repair, for --dry-run. */
function diff(path: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const out = [`--- ${path}`, `+++ ${path} (repaired)`];
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i] === b[i]) continue;
    out.push(`@@ line ${i + 1} @@`);
    if (a[i] !== undefined) out.push(`-${a[i]}`);
    if (b[i] !== undefined) out.push(`+${b[i]}`);
  }
  return `${out.join('\n')}\n`;
}

/** Organizations by paper id for a day, read once per day from Hugging Face (as `fetch` reads them). */
async function organizationsLookup(flags: RepairFlags, io: Io) {
  const { collectContext } = await import('../run-context.js');
  const { fetchDayListing } = await import('../collect.js');
  const opts = resolveOptions({ ...flags, cache: false }, io.env, {}, io.now());
  const ctx = collectContext(opts, (m) => io.stderr(`warning: ${m}`));
  const days = new Map<string, Promise<Map<string, string | null>>>();
  return {
    forDay(date: string) {
      if (!days.has(date)) {
        days.set(date, fetchDayListing(date, ctx).then((l) => new Map(l.papers.map((p) => [p.id, p.institution ?? null]))));
      }
      return days.get(date)!;
    },
    close: () => ctx.close(),
  };
}

// Files are read ahead and written behind while others are repaired, this many at a time: enough to
// hide the disk's latency (a blog of 700 posts: 2.2 s one by one), few enough to bound memory.
const FILES_IN_FLIGHT = 8;

/** `hfdigest repair FILE...`: restores mojibake (and with --institutions, the 기관 lines) in place; returns the exit code. */
export async function repairCommand(files: string[], flags: RepairFlags, io: Io): Promise<number> {
  const write = !flags.dryRun && !flags.check;
  let model: Korean | undefined;
  const reports: FileReport[] = [];
  const lookup = flags.institutions ? await organizationsLookup(flags, io) : undefined;
  let upstreamFailed = false;
  const disk = pLimit(FILES_IN_FLIGHT);
  const reads: Array<ReturnType<typeof readUtf8File> | undefined> = [];
  // Each file's report, in the files' order, printed once its write (if any) is done; without writes
  // there is nothing to wait for, and a file is reported at once, next to its diff.
  const queue: Array<{ written: Promise<unknown>; report: () => void }> = [];
  const done = Promise.resolve(undefined);
  const reportUpTo = async (keep: number) => {
    while (queue.length > keep) {
      const { written, report } = queue.shift()!;
      const failure = await written;
      if (failure) throw failure;
      report();
    }
  };
  /** A file left as it is, reported in its turn. */
  const enqueue = (line: string, report: FileReport) =>
    queue.push({
      written: done,
      report: () => {
        io.stderr(line);
        reports.push(report);
      },
    });
  for (const [i, path] of files.entries()) {
    await reportUpTo(write ? FILES_IN_FLIGHT : 0);
    for (let k = i; k < Math.min(files.length, i + FILES_IN_FLIGHT); k += 1) reads[k] ??= disk(() => readUtf8File(files[k]!));
    const read = await reads[i]!;
    reads[i] = undefined;
    if ('error' in read) {
      enqueue(`${path}: error: ${read.error}`, { path, status: 'error', reason: read.error });
      continue;
    }
    if ('skip' in read) {
      enqueue(`${path}: skipped (${read.skip})`, { path, status: 'skipped', reason: read.skip });
      continue;
    }
    if (!model && needsModel(read.text)) model = await (await import('../repair/korean-model.js')).loadKoreanModel();
    const result = repairText(read.text, model);
    let repaired = result.text;
    const steps = [...result.codecs];
    const date = dayOfPost(basename(path));
    const notes: string[] = [];
    if (lookup && date === undefined) notes.push(`${path}: not a daily post (D-daily-papers.md): 기관 lines left as they are`);
    if (lookup && date !== undefined) {
      try {
        const fix = fixInstitutions(repaired, await lookup.forDay(date));
        if (fix.changed) steps.push('기관 lines');
        if (fix.unknown.length) notes.push(`${path}: warning: ${fix.unknown.join(', ')} not in the listing of ${date}; their 기관 lines left as they are`);
        repaired = fix.text;
      } catch (err) {
        if (!(err instanceof ExitError)) throw err;
        enqueue(`${path}: error: ${err.message}`, { path, status: 'error', reason: err.message });
        upstreamFailed = true;
        continue;
      }
    }
    const changed = repaired !== read.text;
    // A failed write is kept as a value until its turn to be reported, so that it is never unhandled.
    const written = changed && write ? disk(() => writeAtomic(path, repaired)).then(() => undefined, (err: unknown) => err ?? new Error('write failed')) : done;
    if (changed && flags.dryRun && !flags.json) io.stdout(diff(path, read.text, repaired));
    const status = changed ? 'changed' : 'unchanged';
    const how = changed ? ` (${steps.join(' then ')})` : '';
    const unsure = result.uncertain.length ? `, uncertain at ${result.uncertain.map((l) => `${path}:${l}`).join(', ')}` : '';
    queue.push({
      written,
      report: () => {
        for (const note of notes) io.stderr(note);
        io.stderr(`${path}: ${write || !changed ? status : `would be ${status}`}${how}${unsure}`);
        reports.push({ path, status, codecs: result.codecs, uncertain: result.uncertain });
      },
    });
  }
  await reportUpTo(0);
  await lookup?.close();
  if (flags.json) io.stdout(`${JSON.stringify({ dryRun: !write, files: reports }, null, 2)}\n`);
  if (upstreamFailed) return EXIT.upstream;
  if (reports.some((r) => r.status === 'error')) return EXIT.usage;
  if (flags.check && reports.some((r) => r.status === 'changed')) return 1;
  return EXIT.ok;
}
