import type { HttpClient } from '../http.js';
import type { Pacer } from '../pacer.js';

export interface ArxivOptions {
  baseUrl: string;
  /** Spaces arXiv requests across the whole run; absent, requests go out at once. */
  pacer?: Pacer;
  warn: (message: string) => void;
}

/**
 * Abstracts for `ids` in one request. A failure never throws: the papers arXiv does not answer
 * for are simply missing from the map, and the caller falls back to Hugging Face's copy.
 */
export async function fetchAbstracts(http: HttpClient, ids: readonly string[], opts: ArxivOptions): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const url = `${opts.baseUrl}/api/query?id_list=${ids.join(',')}&max_results=${ids.length}`;
  try {
    // The parser (and cheerio) load while the request is on its way.
    const parser = import('./arxiv-feed.js');
    const request = () => http.get(url, { accept: 'application/atom+xml' });
    const res = await (opts.pacer ? opts.pacer(request) : request());
    const { parseArxivFeed } = await parser;
    const feed = parseArxivFeed(res.body);
    if (feed.error !== undefined || res.status !== 200) {
      opts.warn(`arXiv answered with an error (HTTP ${res.status}${feed.error ? `: ${feed.error}` : ''})`);
      return new Map();
    }
    return feed.abstracts;
  } catch (err) {
    opts.warn(`arXiv request failed (${(err as Error).message})`);
    return new Map();
  }
}
