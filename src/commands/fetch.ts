import { collectDay } from '../digest/collect.js';
import { UsageError } from '../core/errors.js';
import type { Io } from '../core/io.js';
import { resolveOptions, type FetchFlags, type RunOptions } from '../core/options.js';
import { completenessWarning, sameWeekdaysBefore } from '../digest/completeness.js';
import { monthlyDue, publishMonthly } from '../store/monthly.js';
import { previousMonth } from '../core/dates.js';
import { formatPreview, wantsColor } from '../render/preview.js';
import { publishDigest } from '../store/publish.js';
import { recordedPaperCounts } from '../store/stored-days.js';
import { loadConfig } from '../core/config-file.js';
import { collectContext } from '../digest/context.js';
import { checkOutput, sweepOutput } from '../store/output.js';

/**
 * On the first run of a new month, the summary of the month before the fetched day's: once that month
 * has data files and no summary post yet.
 */
async function summarizePreviousMonth(opts: RunOptions, io: Io, warn: (message: string) => void) {
  const month = previousMonth(opts.date);
  if (!(await monthlyDue(month, opts))) return undefined;
  try {
    const r = await publishMonthly(month, opts, io.now(), opts.dryRun, warn);
    const prefix = opts.dryRun ? 'dry run: would be ' : '';
    io.stderr(`${prefix}${r.postStatus} ${r.postPath} (summary of ${month}: ${r.summary.daysCrawled} days, ${r.summary.totalPapers} papers)`);
    io.stderr(`${prefix}${r.dataStatus} ${r.dataPath}`);
    return { month, path: r.postPath, status: r.postStatus, dataPath: r.dataPath, dataStatus: r.dataStatus };
  } catch (err) {
    // Every data file of the month is damaged: the day's post stands; the summary waits for "hfdigest monthly".
    if (!(err instanceof UsageError)) throw err;
    warn(`the summary of ${month} is not written: ${err.message}`);
    return undefined;
  }
}

/** `hfdigest fetch`: one day's post and data file, and on the first run of a month the previous month's summary. */
export async function fetchCommand(flags: FetchFlags, io: Io): Promise<void> {
  const config = await loadConfig(flags.config);
  const opts = resolveOptions(flags, io.env, config, io.now());
  await checkOutput(opts);
  await sweepOutput(opts);

  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    io.stderr(`warning: ${message}`);
  };
  const ctx = collectContext(opts, warn);
  const digest = await collectDay(opts.date, ctx).finally(() => ctx.close());
  const requests = { huggingface: ctx.hfHttp.requests, arxiv: ctx.arxivHttp.requests };
  const finish = async (summary: object) => {
    const monthly = await summarizePreviousMonth(opts, io, warn);
    if (flags.json)
      io.stdout(`${JSON.stringify({ date: opts.date, dryRun: opts.dryRun, ...summary, ...(monthly ? { monthly } : {}), requests, warnings }, null, 2)}\n`);
  };

  if (digest === null) {
    io.stderr(`no papers on Hugging Face for ${opts.date}; nothing to write`);
    await finish({ status: 'skipped', reason: 'no papers' });
    return;
  }
  const partial = completenessWarning(opts.date, digest.paperCount, await recordedPaperCounts(opts.dataDir, sameWeekdaysBefore(opts.date)));
  if (partial) warn(partial);

  const result = await publishDigest(digest, opts, io.now(), opts.dryRun);
  const summary = {
    status: result.postStatus,
    path: result.postPath,
    dataPath: result.dataPath,
    dataStatus: result.dataStatus,
    papers: digest.entries.length,
    paperCount: digest.paperCount,
    changes: result.changes,
  };
  if (opts.dryRun) {
    if (!flags.json && io.stdoutIsTTY) {
      const color = wantsColor(flags.color, io.env);
      io.stdout(formatPreview(digest, result.changes, result.postPath, { color, width: io.columns, isNew: result.isNew }));
    } else if (!flags.json) io.stdout(result.post);
    const verdict = result.isNew ? 'a new post' : result.postStatus === 'unchanged' ? 'no change' : 'changes';
    io.stderr(`dry run: ${result.postPath} would get ${verdict}; nothing written`);
    if (!io.stdoutIsTTY) for (const line of result.isNew ? [] : result.changes) io.stderr(`  ${line}`);
    await finish(summary);
    return;
  }
  const requestCount = requests.huggingface + requests.arxiv;
  io.stderr(
    `${result.postStatus} ${result.postPath} (${digest.entries.length} of ${digest.paperCount} papers, ${requestCount} request${requestCount === 1 ? '' : 's'})`,
  );
  io.stderr(`${result.dataStatus} ${result.dataPath}`);
  await finish(summary);
}
