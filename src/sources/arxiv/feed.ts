import * as cheerio from 'cheerio/slim';
import { collapse } from '../../core/text.js';

/** What one arXiv API response says. */
export interface ArxivFeed {
  /** Abstracts by bare arXiv id (no version), whitespace collapsed. */
  abstracts: Map<string, string>;
  /** The message of arXiv's error feed, when the response is one. */
  error: string | undefined;
}

/** `http://arxiv.org/abs/2602.10604v2` → `2602.10604`; `…/abs/hep-th/9901001v1` → `hep-th/9901001`. */
export function arxivIdFromUrl(url: string): string | undefined {
  const m = /\/abs\/(.+?)(?:v\d+)?$/.exec(url.trim());
  return m?.[1];
}

/** Parses an arXiv Atom feed; entries are matched by id later, never by position. */
export function parseArxivFeed(xml: string): ArxivFeed {
  const $ = cheerio.load(xml, { xml: true });
  const feed = $.root().children('feed');
  const abstracts = new Map<string, string>();
  let error: string | undefined;
  feed.children('entry').each((_, el) => {
    const entry = $(el);
    const idUrl = entry.children('id').first().text();
    const summary = collapse(entry.children('summary').first().text());
    // arXiv's error feed is an entry whose id points at /api/errors#…, sent with HTTP 400 or not.
    if (idUrl.includes('/api/errors')) {
      error = summary || idUrl;
      return;
    }
    const id = arxivIdFromUrl(idUrl);
    if (id && summary) abstracts.set(id, summary);
  });
  if (feed.length === 0) error = 'the response is not an Atom feed';
  return { abstracts, error };
}
