import type { AbstractCache } from './abstract-cache.js';
import { buildDigest, type Digest } from './digest.js';
import type { HttpClient } from './http.js';
import type { Pacer } from './pacer.js';
import { rankPapers } from './rank.js';
import { fetchAbstracts } from './sources/arxiv.js';
import { fetchListing } from './sources/hf.js';
import type { RateGate } from './sources/rate-limit.js';

export interface CollectContext {
  http: HttpClient;
  cache: AbstractCache;
  hfUrl: string;
  arxivUrl: string;
  hfToken?: string;
  top: number;
  arxivPacer: Pacer;
  hfRateGate: RateGate;
  warn: (message: string) => void;
}

/**
 * One day's digest: the listing, the ranking, and the abstracts (cache first, then one arXiv request
 * for the rest). Resolves to null when Hugging Face has no papers for the day.
 */
export async function collectDay(date: string, ctx: CollectContext): Promise<Digest | null> {
  const listing = await fetchListing(ctx.http, date, {
    baseUrl: ctx.hfUrl,
    ...(ctx.hfToken ? { token: ctx.hfToken } : {}),
    rateGate: ctx.hfRateGate,
    warn: ctx.warn,
  });
  if (listing.papers.length === 0) return null;
  const ranked = rankPapers(listing.papers, ctx.top);
  const ids = ranked.map((p) => p.id);
  const abstracts = await ctx.cache.get(ids);
  const missing = ids.filter((id) => !abstracts.has(id));
  if (missing.length > 0) {
    const fetched = await fetchAbstracts(ctx.http, missing, { baseUrl: ctx.arxivUrl, pacer: ctx.arxivPacer, warn: ctx.warn });
    await ctx.cache.put(fetched);
    for (const [id, text] of fetched) abstracts.set(id, text);
  }
  const digest = buildDigest(date, ranked, listing.papers.length, abstracts);
  const fallbacks = digest.entries.filter((e) => e.abstractSource === 'hf').map((e) => e.id);
  if (fallbacks.length > 0) ctx.warn(`arXiv gave no abstract for ${fallbacks.join(', ')}; using Hugging Face's copy`);
  return digest;
}
