import { collectDay } from '../collect.js';
import type { Io } from '../io.js';
import { resolveOptions, type FetchFlags } from '../options.js';
import { publishDigest } from '../publish.js';
import { collectContext, loadConfig } from '../run-context.js';
import { assertDirectory } from '../store.js';


/** `hfdigest fetch`: one day's post and data file. */
export async function fetchCommand(flags: FetchFlags, io: Io): Promise<void> {
  const config = await loadConfig(flags.config);
  const opts = resolveOptions(flags, io.env, config, io.now());
  await assertDirectory(opts.postsDir, '--posts-dir');
  await assertDirectory(opts.dataDir, '--data-dir');

  const warn = (message: string) => io.stderr(`warning: ${message}`);
  const ctx = collectContext(opts, warn);
  const digest = await collectDay(opts.date, ctx).finally(() => ctx.close());
  if (digest === null) {
    io.stderr(`no papers on Hugging Face for ${opts.date}; nothing to write`);
    return;
  }

  const result = await publishDigest(digest, opts, io.now(), opts.dryRun);
  if (opts.dryRun) {
    io.stdout(result.post);
    const verdict = result.isNew ? 'a new post' : result.postStatus === 'unchanged' ? 'no change' : 'changes';
    io.stderr(`dry run: ${result.postPath} would get ${verdict}; nothing written`);
    for (const line of result.isNew ? [] : result.changes) io.stderr(`  ${line}`);
    return;
  }
  io.stderr(`${result.postStatus} ${result.postPath} (${digest.entries.length} of ${digest.paperCount} papers, ${ctx.hfHttp.requests + ctx.arxivHttp.requests} requests)`);
  io.stderr(`${result.dataStatus} ${result.dataPath}`);
}
