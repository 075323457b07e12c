import { diskCache, noCache, type AbstractCache } from './abstract-cache.js';
import { parseConfig, type ConfigFile } from './config.js';
import { createDispatcher, createHttpClient, type HttpClient } from './http.js';
import { readTextRequired } from './store.js';

/** Reads `--config FILE`, or an empty config when none is given. */
export async function loadConfig(path: string | undefined): Promise<ConfigFile> {
  if (path === undefined) return {};
  return parseConfig(await readTextRequired(path, 'config file'), path);
}

/** The HTTP client of one run: per-request timeouts and retries, and a deadline over the whole run. */
export function runHttpClient(timeoutMs: number): HttpClient {
  // Enough for every retry of a slow day; past it the run fails cleanly instead of hanging a cron job.
  const deadline = AbortSignal.timeout(Math.max(timeoutMs * 8, 120_000));
  return createHttpClient(createDispatcher({ timeoutMs }), deadline);
}

/** The abstract cache of a run; a dry run reads it but writes nothing, not even the cache. */
export function cacheFor(dir: string | null, dryRun: boolean): AbstractCache {
  if (dir === null) return noCache;
  const cache = diskCache(dir);
  return dryRun ? { get: cache.get, put: noCache.put } : cache;
}
