import { describeFailure, isNetworkFailure, type HttpClient, type TextResponse } from '../http.js';
import type { Pacer } from '../pacer.js';
import { parseArxivFeed } from './feed.js';

export interface ArxivOptions {
  baseUrl: string;
  /** Spaces arXiv requests across the whole run; absent, requests go out at once. */
  pacer?: Pacer;
  warn: (message: string) => void;
}

/**
 * Abstracts for `ids` in one request. When arXiv fails or answers with an error, the papers it does not
 * answer for are missing from the map, with a warning, and the caller falls back to Hugging Face's copy.
 */
export async function fetchAbstracts(http: HttpClient, ids: readonly string[], opts: ArxivOptions): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const url = `${opts.baseUrl}/api/query?id_list=${ids.join(',')}&max_results=${ids.length}`;
  const request = () => http.get(url, { accept: 'application/atom+xml' });
  let res: TextResponse;
  try {
    res = await (opts.pacer ? opts.pacer(request) : request());
  } catch (err) {
    if (!isNetworkFailure(err)) throw err;
    opts.warn(`arXiv request failed (${describeFailure(err)})`);
    return new Map();
  }
  const feed = parseArxivFeed(res.body);
  if (feed.error !== undefined || res.status !== 200) {
    opts.warn(`arXiv answered with an error (HTTP ${res.status}${feed.error ? `: ${feed.error}` : ''})`);
    return new Map();
  }
  return feed.abstracts;
}
