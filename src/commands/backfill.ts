import { daysBetween } from '../core/dates.js';
import { backfill } from '../digest/backfill.js';
import type { Io } from '../core/io.js';
import { resolveBackfillOptions, type BackfillFlags } from '../core/options.js';
import { createProgress, formatSummary, type ProgressState } from '../render/progress.js';
import { publishDigest } from '../store/publish.js';
import { loadConfig } from '../core/config-file.js';
import { collectContext } from '../digest/context.js';
import { checkOutput, sweepOutput } from '../store/output.js';
import { EXIT } from '../core/errors.js';

/** `hfdigest backfill`: every day of a range; returns the exit code (3 when any day failed). */
export async function backfillCommand(flags: BackfillFlags, io: Io): Promise<number> {
  const config = await loadConfig(flags.config);
  const opts = resolveBackfillOptions(flags, io.env, config, io.now());
  await checkOutput(opts);
  await sweepOutput(opts);

  const days = daysBetween(opts.from, opts.to);
  const started = Date.now();
  const warnings: string[] = [];
  let done = 0;
  let progress: ReturnType<typeof createProgress> | undefined;
  const ctx = collectContext(
    opts,
    (message) => {
      warnings.push(message);
      progress?.warn(message);
    },
    days.length,
  );
  const state = (): ProgressState => ({
    done,
    total: days.length,
    elapsedMs: Date.now() - started,
    hfRequests: ctx.hfHttp.requests,
    arxivRequests: ctx.arxivHttp.requests,
  });
  progress = createProgress(io.stderrRaw, io.stderrIsTTY, state);

  const outcomes = await backfill(days, ctx, {
    concurrency: opts.concurrency,
    publish: async (digest) => {
      const r = await publishDigest(digest, opts, io.now(), opts.dryRun);
      return { status: r.postStatus, path: r.postPath };
    },
    onDay: (outcome) => {
      done += 1;
      progress.day(outcome);
    },
  }).finally(() => ctx.close());

  const final = state();
  progress.finish(`backfill ${opts.from}..${opts.to}${opts.dryRun ? ' (dry run, nothing written)' : ''}: ${formatSummary(outcomes, final)}`);
  if (opts.json) {
    const summary = {
      from: opts.from,
      to: opts.to,
      dryRun: opts.dryRun,
      days: outcomes,
      requests: { huggingface: final.hfRequests, arxiv: final.arxivRequests },
      elapsedMs: final.elapsedMs,
      warnings,
    };
    io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  }
  return outcomes.some((o) => o.status === 'failed') ? EXIT.upstream : EXIT.ok;
}
