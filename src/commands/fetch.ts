import { collectDay } from '../collect.js';
import type { Io } from '../io.js';
import { resolveOptions, type FetchFlags, type RunOptions } from '../options.js';
import { checkOutput, collectContext, loadConfig, sweepOutput } from '../run-context.js';

/** What publishing needs: its modules, swept output folders, and the paper counts of the same weekday in earlier weeks. */
async function preparePublishing(opts: RunOptions) {
  const [{ publishDigest, recordedPaperCounts }, { completenessWarning, sameWeekdaysBefore }] = await Promise.all([
    import('../publish.js'),
    import('../completeness.js'),
    sweepOutput(opts),
  ]);
  return { publishDigest, completenessWarning, usualCounts: await recordedPaperCounts(opts.dataDir, sameWeekdaysBefore(opts.date)) };
}

/** `hfdigest fetch`: one day's post and data file. */
export async function fetchCommand(flags: FetchFlags, io: Io): Promise<void> {
  const config = await loadConfig(flags.config);
  const opts = resolveOptions(flags, io.env, config, io.now());
  await checkOutput(opts);

  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    io.stderr(`warning: ${message}`);
  };
  const ctx = collectContext(opts, warn);
  const collecting = collectDay(opts.date, ctx);
  // The connections close while the post is written; the command ends once they have.
  const closing = collecting.then(ctx.close, ctx.close).catch(() => undefined);
  try {
    // The request is out: publishing gets ready while the listing is on the wire.
    const [digest, { publishDigest, completenessWarning, usualCounts }] = await Promise.all([collecting, preparePublishing(opts)]);
    const requests = { huggingface: ctx.hfHttp.requests, arxiv: ctx.arxivHttp.requests };
    const json = (summary: object) => flags.json && io.stdout(`${JSON.stringify({ date: opts.date, dryRun: opts.dryRun, ...summary, requests, warnings }, null, 2)}\n`);

    if (digest === null) {
      io.stderr(`no papers on Hugging Face for ${opts.date}; nothing to write`);
      json({ status: 'skipped', reason: 'no papers' });
      return;
    }
    const partial = completenessWarning(opts.date, digest.paperCount, usualCounts);
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
      if (flags.json) json(summary);
      else if (io.stdoutIsTTY) {
        const { formatPreview, wantsColor } = await import('../preview.js');
        const color = wantsColor(flags.color, io.env);
        io.stdout(formatPreview(digest, result.changes, result.postPath, { color, width: io.columns, isNew: result.isNew }));
      } else io.stdout(result.post);
      const verdict = result.isNew ? 'a new post' : result.postStatus === 'unchanged' ? 'no change' : 'changes';
      io.stderr(`dry run: ${result.postPath} would get ${verdict}; nothing written`);
      if (!io.stdoutIsTTY) for (const line of result.isNew ? [] : result.changes) io.stderr(`  ${line}`);
      return;
    }
    const requestCount = requests.huggingface + requests.arxiv;
    io.stderr(`${result.postStatus} ${result.postPath} (${digest.entries.length} of ${digest.paperCount} papers, ${requestCount} request${requestCount === 1 ? '' : 's'})`);
    io.stderr(`${result.dataStatus} ${result.dataPath}`);
    json(summary);
  } finally {
    await closing;
  }
}
