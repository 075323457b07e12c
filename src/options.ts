import { join } from 'node:path';
import { DEFAULT_TOP, styleFrom, type ConfigFile, type PostStyle } from './config.js';
import { resolveDate } from './dates.js';
import { UsageError } from './errors.js';

/** Flags shared by the commands that read upstream, as commander hands them over (strings). */
export interface SourceFlags {
  hfUrl?: string;
  arxivUrl?: string;
  timeoutMs?: string;
  arxivIntervalMs?: string;
  cacheDir?: string;
  cache?: boolean;
  postsDir?: string;
  dataDir?: string;
  top?: string;
  dryRun?: boolean;
  verbose?: boolean;
}

export interface FetchFlags extends SourceFlags {
  date?: string;
  config?: string;
  json?: boolean;
  color?: boolean;
}

export interface BackfillFlags extends Omit<FetchFlags, 'date'> {
  from?: string;
  to?: string;
  concurrency?: string;
  json?: boolean;
}

/** The longest range one backfill takes: ten years of days. */
export const MAX_BACKFILL_DAYS = 3660;

/** Resolves a backfill's range and concurrency, and the rest as for fetch. */
export function resolveBackfillOptions(flags: BackfillFlags, env: Env, config: ConfigFile, now: Date) {
  if (flags.from === undefined || flags.to === undefined) throw new UsageError('backfill needs --from YYYY-MM-DD and --to YYYY-MM-DD');
  const from = resolveDate(flags.from, now);
  const opts = resolveOptions({ ...flags, date: flags.to }, env, config, now);
  if (from > opts.date) throw new UsageError(`--from ${from} is after --to ${opts.date}: expected from ≤ to`);
  const days = (Date.parse(opts.date) - Date.parse(from)) / 86_400_000 + 1;
  if (days > MAX_BACKFILL_DAYS) throw new UsageError(`the range has ${days} days: expected at most ${MAX_BACKFILL_DAYS}`);
  const concurrency = flags.concurrency !== undefined ? parseIntFlag(flags.concurrency, '--concurrency', 1, 16) : 4;
  return { ...opts, from, to: opts.date, concurrency, json: flags.json === true };
}

/** Everything a run needs, resolved and validated: flag over environment over config file over default. */
export interface RunOptions {
  date: string;
  top: number;
  postsDir: string;
  dataDir: string;
  /** null with `--no-cache`. */
  cacheDir: string | null;
  dryRun: boolean;
  hfUrl: string;
  arxivUrl: string;
  timeoutMs: number;
  /** The least time between the end of one arXiv request and the start of the next. */
  arxivIntervalMs: number;
  hfToken?: string;
  style: PostStyle;
}

export type Env = Record<string, string | undefined>;

/** Parses a base URL flag: http(s) only, no trailing slash. */
export function parseBaseUrl(value: string, flag: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${flag} "${value}" is not a URL: expected e.g. https://huggingface.co`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`${flag} "${value}" must be an http:// or https:// URL`);
  }
  return url.href.replace(/\/+$/, '');
}

/** Parses a whole-number flag within [min, max]. */
export function parseIntFlag(value: string, flag: string, min: number, max: number): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${flag} "${value}" is not valid: expected a whole number from ${min} to ${max}`);
  }
  return n;
}

/** The default abstract cache: $HFDIGEST_CACHE_DIR, else the XDG cache folder. */
export function defaultCacheDir(env: Env): string {
  if (env.HFDIGEST_CACHE_DIR) return env.HFDIGEST_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, '.cache') : '.cache');
  return join(base, 'hfdigest');
}

/** Resolves the options of a run (the date is resolved against `now`, in UTC). */
export function resolveOptions(flags: FetchFlags, env: Env, config: ConfigFile, now: Date): RunOptions {
  const hfToken = env.HF_TOKEN?.trim();
  return {
    date: resolveDate(flags.date, now),
    top: flags.top !== undefined ? parseIntFlag(flags.top, '--top', 1, 100) : (config.top ?? DEFAULT_TOP),
    postsDir: flags.postsDir ?? '_posts',
    dataDir: flags.dataDir ?? join('_data', 'papers'),
    cacheDir: flags.cache === false ? null : (flags.cacheDir ?? defaultCacheDir(env)),
    dryRun: flags.dryRun === true,
    hfUrl: parseBaseUrl(flags.hfUrl ?? env.HFDIGEST_HF_URL ?? 'https://huggingface.co', '--hf-url'),
    arxivUrl: parseBaseUrl(flags.arxivUrl ?? env.HFDIGEST_ARXIV_URL ?? 'https://export.arxiv.org', '--arxiv-url'),
    timeoutMs: flags.timeoutMs !== undefined ? parseIntFlag(flags.timeoutMs, '--timeout-ms', 100, 600_000) : 30_000,
    arxivIntervalMs: parseIntFlag(flags.arxivIntervalMs ?? env.HFDIGEST_ARXIV_INTERVAL_MS ?? '3000', '--arxiv-interval-ms', 0, 600_000),
    ...(hfToken ? { hfToken } : {}),
    style: styleFrom(config),
  };
}
