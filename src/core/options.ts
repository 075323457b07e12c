import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { styleFrom, type ConfigFile, type PostStyle } from './config.js';
import { dayCount, resolveDate } from './dates.js';
import { UsageError } from './errors.js';

/** Flags shared by the commands that read upstream, as commander hands them over: parsed, defaults applied. */
export interface SourceFlags {
  hfUrl: string;
  arxivUrl: string;
  timeoutMs: number;
  arxivIntervalMs: number;
  cacheDir?: string;
  cache?: boolean;
  postsDir: string;
  dataDir: string;
  top?: number;
  dryRun?: boolean;
  verbose?: boolean;
}

/** Papers a post lists: by default, and at most. */
export const DEFAULT_TOP = 10;
export const MAX_TOP = 100;

/** The defaults of the flags above; commander applies them, and the environment goes between. */
export const FLAG_DEFAULTS = {
  hfUrl: 'https://huggingface.co',
  arxivUrl: 'https://export.arxiv.org',
  timeoutMs: 30_000,
  arxivIntervalMs: 3000,
  postsDir: '_posts',
  dataDir: join('_data', 'papers'),
} as const satisfies Partial<SourceFlags>;

export interface FetchFlags extends SourceFlags {
  date?: string;
  config?: string;
  json?: boolean;
  color?: boolean;
}

export interface BackfillFlags extends Omit<FetchFlags, 'date'> {
  from?: string;
  to?: string;
  concurrency: number;
  json?: boolean;
}

/** The longest range one backfill takes: ten years of days. */
const MAX_BACKFILL_DAYS = 3660;

/** Resolves a backfill's range and concurrency, and the rest as for fetch. */
export function resolveBackfillOptions(flags: BackfillFlags, env: Env, config: ConfigFile, now: Date) {
  if (flags.from === undefined || flags.to === undefined) throw new UsageError('backfill needs --from YYYY-MM-DD and --to YYYY-MM-DD');
  const from = resolveDate(flags.from, now);
  const opts = resolveOptions({ ...flags, date: flags.to }, env, config, now);
  if (from > opts.date) throw new UsageError(`--from ${from} is after --to ${opts.date}: expected from ≤ to`);
  const days = dayCount(from, opts.date);
  if (days > MAX_BACKFILL_DAYS) throw new UsageError(`the range has ${days} days: expected at most ${MAX_BACKFILL_DAYS}`);
  return { ...opts, from, to: opts.date, concurrency: flags.concurrency, json: flags.json === true };
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

/** commander's parser for a base URL: http(s) only, no trailing slash. */
export function baseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('not a URL: expected e.g. https://huggingface.co');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError('expected an http:// or https:// URL');
  return url.href.replace(/\/+$/, '');
}

/** commander's parser for a whole number within [min, max]. */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    return n;
  };
}

/** The abstract cache when neither --cache-dir nor $HFDIGEST_CACHE_DIR names one: the XDG cache folder. */
export function defaultCacheDir(env: Env): string {
  const base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, '.cache') : '.cache');
  return join(base, 'hfdigest');
}

/** HF_TOKEN, when set to something. */
export const hfTokenFrom = (env: Env): string | undefined => env.HF_TOKEN?.trim() || undefined;

/** Resolves the options of a run (the date against `now`, in UTC; --top over the config file). */
export function resolveOptions(flags: FetchFlags, env: Env, config: ConfigFile, now: Date): RunOptions {
  const hfToken = hfTokenFrom(env);
  return {
    date: resolveDate(flags.date, now),
    top: flags.top ?? config.top ?? DEFAULT_TOP,
    postsDir: flags.postsDir,
    dataDir: flags.dataDir,
    cacheDir: flags.cache === false ? null : (flags.cacheDir ?? defaultCacheDir(env)),
    dryRun: flags.dryRun === true,
    hfUrl: flags.hfUrl,
    arxivUrl: flags.arxivUrl,
    timeoutMs: flags.timeoutMs,
    arxivIntervalMs: flags.arxivIntervalMs,
    ...(hfToken ? { hfToken } : {}),
    style: styleFrom(config),
  };
}
