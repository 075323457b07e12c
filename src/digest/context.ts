import { diskCache, noCache, type AbstractCache } from '../sources/arxiv/cache.js';
import type { CollectContext } from './collect.js';
import { ARXIV_BATCH } from '../sources/arxiv/batcher.js';
import { createDispatcher, createHttpClient, requestDeadlineMs } from '../sources/http.js';
import type { RunOptions } from '../core/options.js';
import { createPacer } from '../sources/pacer.js';
import { createRateGate } from '../sources/rate-limit.js';

/** The abstract cache of a run; a dry run reads it but writes nothing, not even the cache. */
function cacheFor(dir: string | null, dryRun: boolean): AbstractCache {
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
  const arxivBatches = Math.ceil((days * opts.top) / ARXIV_BATCH);
  const deadlineMs = requestDeadlineMs(opts.timeoutMs) + (days - 1) * 10_000 + (arxivBatches - 1) * (opts.arxivIntervalMs + opts.timeoutMs);
  const deadline = AbortSignal.timeout(deadlineMs);
  const dispatcher = createDispatcher({ timeoutMs: opts.timeoutMs });
  return {
    hfHttp: createHttpClient(dispatcher, () => deadline),
    arxivHttp: createHttpClient(dispatcher, () => deadline),
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
