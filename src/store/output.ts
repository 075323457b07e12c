import type { RunOptions } from '../core/options.js';
import { assertDirectory, sweepStaleTemps } from './files.js';
import { arxivCacheDir } from '../sources/arxiv/cache.js';

type OutputOptions = Pick<RunOptions, 'postsDir' | 'dataDir' | 'cacheDir' | 'dryRun'>;

/** Checks the folders a run writes to: before any request, so that a wrong path fails at once. */
export async function checkOutput(opts: Pick<OutputOptions, 'postsDir' | 'dataDir'>): Promise<void> {
  // Both at once; a problem with the posts folder is the one reported when both have one.
  const checks = await Promise.allSettled([assertDirectory(opts.postsDir, '--posts-dir'), assertDirectory(opts.dataDir, '--data-dir')]);
  const failed = checks.find((check) => check.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Clears what a killed earlier run left half-written in the output folders (not in a dry run). */
export async function sweepOutput(opts: OutputOptions): Promise<void> {
  if (opts.dryRun) return;
  const dirs = [opts.postsDir, opts.dataDir, ...(opts.cacheDir ? [arxivCacheDir(opts.cacheDir)] : [])];
  await Promise.all(dirs.map(sweepStaleTemps));
}
