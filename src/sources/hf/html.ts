import * as cheerio from 'cheerio/slim';
import { parseDailyPapersProps } from './parse.js';
import { ListingFormatError } from './parse-error.js';
import type { DailyPaperItem } from './schema.js';

/**
 * Reads the papers from the HTML page `/papers/date/D`. Only the component's JSON props are used:
 * the card markup changes often and is never scraped.
 */
export function parseDailyPapersHtml(html: string): DailyPaperItem[] {
  const $ = cheerio.load(html);
  const props = $('div[data-target="DailyPapers"]').first().attr('data-props');
  if (props === undefined) throw new ListingFormatError('the page has no DailyPapers data', 'schema');
  return parseDailyPapersProps(props);
}
