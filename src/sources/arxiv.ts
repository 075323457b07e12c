import type { HttpClient } from '../http.js';
import type { Pacer } from '../pacer.js';
import { primeWhilePending } from '../warm-up.js';

export interface ArxivOptions {
  baseUrl: string;
  /** Spaces arXiv requests across the whole run; absent, requests go out at once. */
  pacer?: Pacer;
  warn: (message: string) => void;
}

let feedParser: Promise<typeof import('./arxiv-feed.js')> | undefined;

/**
 * Loads the feed parser (and cheerio) in the background. Called while the day's listing is on the wire,
 * so that module loading never stands between the listing and the arXiv request.
 */
export function loadFeedParser(): Promise<typeof import('./arxiv-feed.js')> {
  feedParser ??= import('./arxiv-feed.js');
  return feedParser;
}

/**
 * Abstracts for `ids` in one request. A failure never throws: the papers arXiv does not answer
 * for are simply missing from the map, and the caller falls back to Hugging Face's copy.
 */
export async function fetchAbstracts(http: HttpClient, ids: readonly string[], opts: ArxivOptions): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const url = `${opts.baseUrl}/api/query?id_list=${ids.join(',')}&max_results=${ids.length}`;
  try {
    const parser = loadFeedParser();
    const request = () => http.get(url, { accept: 'application/atom+xml' });
    const response = opts.pacer ? opts.pacer(request) : request();
    const { parseArxivFeed, primeFeedParser } = await parser;
    primeWhilePending(response, primeFeedParser);
    const res = await response;
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
