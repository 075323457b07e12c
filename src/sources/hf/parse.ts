import { formatIssues } from '../../core/issues-format.js';
import { ListingFormatError } from './parse-error.js';
import { dailyPapersPage, dailyPapersProps, hfPaper, type DailyPaperItem, type HfPaper } from './schema.js';

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ListingFormatError(`${what} is not JSON (${(err as Error).message})`, 'json');
  }
}

/** Parses one page of `GET /api/daily_papers`. */
export function parseDailyPapersJson(body: string): DailyPaperItem[] {
  const result = dailyPapersPage.safeParse(parseJson(body, 'the API response'));
  if (!result.success) throw new ListingFormatError(`the API response does not match the schema: ${formatIssues(result.error)}`, 'schema');
  return result.data;
}

/** Parses the body of `GET /api/papers/{id}`: the paper object, as in a listing item's `paper`. */
export function parsePaperJson(body: string): HfPaper {
  const result = hfPaper.safeParse(parseJson(body, 'the API response'));
  if (!result.success) throw new ListingFormatError(`the API response does not match the schema: ${formatIssues(result.error)}`, 'schema');
  return result.data;
}

/** Parses the `data-props` JSON of the DailyPapers component of `/papers/date/D`. */
export function parseDailyPapersProps(props: string): DailyPaperItem[] {
  const result = dailyPapersProps.safeParse(parseJson(props, 'the page data'));
  if (!result.success) throw new ListingFormatError(`the page data does not match the schema: ${formatIssues(result.error)}`, 'schema');
  return result.data.dailyPapers;
}
