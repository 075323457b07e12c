import * as cheerio from 'cheerio/slim';
import { decodeXML } from 'entities';
import { collapse } from '../../core/text.js';

/** What one arXiv API response says. */
export interface ArxivFeed {
  /** Abstracts by bare arXiv id (no version), whitespace collapsed. */
  abstracts: Map<string, string>;
  /** The message of arXiv's error feed, when the response is one. */
  error?: string;
}

/** `http://arxiv.org/abs/2602.10604v2` → `2602.10604`; `…/abs/hep-th/9901001v1` → `hep-th/9901001`. */
export function arxivIdFromUrl(url: string): string | undefined {
  const m = /\/abs\/(.+?)(?:v\d+)?$/.exec(url.trim());
  return m?.[1];
}

type Elements = ReturnType<ReturnType<cheerio.CheerioAPI['root']>['children']>;

const withName = (elements: Elements, name: string): Elements => elements.filter((_, el) => el.name === name);

/**
 * Parses an arXiv Atom feed; entries are matched by id later, never by position. The feed arrives
 * while nothing else is left to do, so its parse is on the critical path: the tokenizer skips text
 * whole when it need not look for entities (the two fields read are decoded afterwards), and elements
 * are picked by name, without compiling CSS selectors.
 */
export function parseArxivFeed(xml: string): ArxivFeed {
  const $ = cheerio.load(xml, { xml: { xmlMode: true, decodeEntities: false } });
  const field = (entry: Elements, name: string) => decodeXML(withName(entry.children(), name).first().text());
  const feed = withName($.root().children(), 'feed');
  const abstracts = new Map<string, string>();
  let error: string | undefined;
  withName(feed.children(), 'entry').each((_, el) => {
    const entry = $(el);
    const idUrl = field(entry, 'id');
    const summary = collapse(field(entry, 'summary'));
    // arXiv's error feed is an entry whose id points at /api/errors#…, sent with HTTP 400 or not.
    if (idUrl.includes('/api/errors')) {
      error = summary || idUrl;
      return;
    }
    const id = arxivIdFromUrl(idUrl);
    if (id && summary) abstracts.set(id, summary);
  });
  if (feed.length === 0) error = 'the response is not an Atom feed';
  return error === undefined ? { abstracts } : { abstracts, error };
}
