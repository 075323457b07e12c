import { diskCache, noCache, type AbstractCache } from '../sources/arxiv/cache.js';
import type { CollectContext } from './collect.js';
import type { ConfigFile } from '../core/config.js';
import { parseConfig } from '../core/config-file.js';
import { createDispatcher, createHttpClient } from '../sources/http.js';
import type { RunOptions } from '../core/options.js';
import { createPacer } from '../sources/pacer.js';
import { createRateGate } from '../sources/rate-limit.js';
import { assertDirectory, readTextRequired, sweepStaleTemps } from '../store/files.js';
import { join } from 'node:path';

/** Reads `--config FILE`, or an empty config when none is given. */
export async function loadConfig(path: string | undefined): Promise<ConfigFile> {
  if (path === undefined) return {};
  return parseConfig(await readTextRequired(path, 'config file'), path);
}

type OutputOptions = Pick<RunOptions, 'postsDir' | 'dataDir' | 'cacheDir' | 'dryRun'>;

/** Checks the folders a run writes to: before any request, so that a wrong path fails at once. */
export async function checkOutput(opts: OutputOptions): Promise<void> {
  // Both at once; a problem with the posts folder is the one reported when both have one.
  const checks = await Promise.allSettled([assertDirectory(opts.postsDir, '--posts-dir'), assertDirectory(opts.dataDir, '--data-dir')]);
  const failed = checks.find((check) => check.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Clears what a killed earlier run left half-written in the output folders (not in a dry run). It
 * reads the whole cache folder, a year of papers, so a fetch does it while its first request is out.
 */
export async function sweepOutput(opts: OutputOptions): Promise<void> {
  if (opts.dryRun) return;
  const dirs = [opts.postsDir, opts.dataDir, ...(opts.cacheDir ? [join(opts.cacheDir, 'arxiv')] : [])];
  await Promise.all(dirs.map(sweepStaleTemps));
}

/** The abstract cache of a run; a dry run reads it but writes nothing, not even the cache. */
export function cacheFor(dir: string | null, dryRun: boolean): AbstractCache {
  if (dir === null) return noCache;
  const cache = diskCache(dir);
  return dryRun ? { get: cache.get, put: noCache.put } : cache;
}

/**
 * Everything one run over `days` days shares: the HTTP clients (per-request timeouts, retries, and a
 * deadline over the whole run, so a bad night fails cleanly instead of hanging a cron job), the arXiv
 * pacer and Hugging Face's rate-limit gate.
 */
export function collectContext(opts: RunOptions, warn: (message: string) => void, days = 1): CollectContext {
  // Enough for every retry of a slow day, and for a backfill's paced arXiv batches on top.
  const arxivBatches = Math.ceil((days * opts.top) / 100);
  const deadlineMs = Math.max(opts.timeoutMs * 8, 120_000) + (days - 1) * 10_000 + (arxivBatches - 1) * (opts.arxivIntervalMs + opts.timeoutMs);
  const deadline = AbortSignal.timeout(deadlineMs);
  const dispatcher = createDispatcher({ timeoutMs: opts.timeoutMs });
  return {
    hfHttp: createHttpClient(dispatcher, deadline),
    arxivHttp: createHttpClient(dispatcher, deadline),
    cache: cacheFor(opts.cacheDir, opts.dryRun),
    hfUrl: opts.hfUrl,
    arxivUrl: opts.arxivUrl,
    ...(opts.hfToken ? { hfToken: opts.hfToken } : {}),
    top: opts.top,
    arxivPacer: createPacer(opts.arxivIntervalMs),
    hfRateGate: createRateGate(),
    warn,
    close: () => dispatcher.close(),
  };
}
