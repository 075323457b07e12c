import type { AbstractCache } from '../sources/arxiv/cache.js';
import type { FetchAbstracts } from '../sources/arxiv/batcher.js';
import { buildDigest, type Digest } from './digest.js';
import type { HttpClient } from '../sources/http.js';
import type { Pacer } from '../sources/pacer.js';
import type { Paper } from './paper.js';
import { rankPapers } from './rank.js';
import { fetchAbstracts } from '../sources/arxiv/client.js';
import { fetchListing, type Listing } from '../sources/hf/listing.js';
import type { RateGate } from '../sources/rate-limit.js';

export interface CollectContext {
  /** Two clients over one dispatcher, so that requests are counted per upstream. */
  hfHttp: HttpClient;
  arxivHttp: HttpClient;
  cache: AbstractCache;
  hfUrl: string;
  arxivUrl: string;
  hfToken?: string;
  top: number;
  arxivPacer: Pacer;
  hfRateGate: RateGate;
  warn: (message: string) => void;
  /** Closes the connections, so that the process can exit at once. */
  close: () => Promise<void>;
}

/** One paced arXiv request for all of `ids`: what `fetch` does for its one day. */
export function directArxiv(ctx: CollectContext): FetchAbstracts {
  return (ids) => fetchAbstracts(ctx.arxivHttp, ids, { baseUrl: ctx.arxivUrl, pacer: ctx.arxivPacer, warn: ctx.warn });
}

/** A day's ranked papers, before their abstracts. */
export interface ListedDay {
  date: string;
  ranked: Paper[];
  paperCount: number;
}

/** Every paper of the day, from Hugging Face's API or its page. */
function fetchDayListing(date: string, ctx: CollectContext): Promise<Listing> {
  return fetchListing(ctx.hfHttp, date, {
    baseUrl: ctx.hfUrl,
    ...(ctx.hfToken ? { token: ctx.hfToken } : {}),
    rateGate: ctx.hfRateGate,
    warn: ctx.warn,
  });
}

/** The day's listing, ranked; null when Hugging Face has no papers for the day. */
export async function listDay(date: string, ctx: CollectContext): Promise<ListedDay | null> {
  const listing = await fetchDayListing(date, ctx);
  if (listing.papers.length === 0) return null;
  return { date, ranked: rankPapers(listing.papers, ctx.top), paperCount: listing.papers.length };
}

/** The abstracts for a listed day: the cache first, `arxiv` for the rest (which are then cached). */
export async function completeDay(day: ListedDay, ctx: CollectContext, arxiv: FetchAbstracts): Promise<Digest> {
  const ids = day.ranked.map((p) => p.id);
  const abstracts = await ctx.cache.get(ids);
  const missing = ids.filter((id) => !abstracts.has(id));
  if (missing.length > 0) {
    const fetched = await arxiv(missing);
    // Cached before the caller writes the post: a post on disk means its abstracts are, so a rerun
    // after a kill costs its done days one request each.
    await ctx.cache.put(fetched);
    for (const [id, text] of fetched) abstracts.set(id, text);
  }
  const digest = buildDigest(day.date, day.ranked, day.paperCount, abstracts);
  const fallbacks = digest.entries.filter((e) => e.abstractSource === 'hf').map((e) => e.id);
  if (fallbacks.length > 0) ctx.warn(`arXiv gave no abstract for ${fallbacks.join(', ')} (${day.date}); using Hugging Face's copy`);
  return digest;
}

/** One day's digest, or null when the day has no papers. */
export async function collectDay(date: string, ctx: CollectContext): Promise<Digest | null> {
  const day = await listDay(date, ctx);
  return day && completeDay(day, ctx, directArxiv(ctx));
}
