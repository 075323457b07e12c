import { UpstreamError } from '../../core/errors.js';
import { describeFailure, type HttpClient } from '../http.js';
import { toPaper, uniqueById, type Paper } from '../../digest/paper.js';
import { parseDailyPapersHtml } from './html.js';
import { parseDailyPapersJson } from './parse.js';
import type { DailyPaperItem } from './schema.js';
import { hfGet, HttpStatusError, isUpstreamFailure, withBodyRetries, type HfOptions } from './request.js';
import { ListingFormatError } from './parse-error.js';

/** One day's listing. */
export interface Listing {
  papers: Paper[];
}

const MAX_PAGES = 50;

/** Papers per page; Hugging Face's own default (50) would cut a busy day short. */
const PAGE_SIZE = 100;

/** Reads the day through the API, page by page; `null` means HF says the day has no list (HTTP 400). */
async function readApiOnce(http: HttpClient, date: string, opts: HfOptions): Promise<DailyPaperItem[] | null> {
  const items: DailyPaperItem[] = [];
  for (let p = 0; p < MAX_PAGES; p += 1) {
    const url = `${opts.baseUrl}/api/daily_papers?date=${date}&limit=${PAGE_SIZE}&p=${p}`;
    const res = await hfGet(http, url, 'application/json', opts);
    if (res.status === 400 && p === 0) return null;
    if (res.status !== 200) throw new HttpStatusError(res.status);
    const page = parseDailyPapersJson(res.body);
    items.push(...page);
    if (page.length < PAGE_SIZE) return items;
  }
  throw new ListingFormatError(`more than ${MAX_PAGES} pages`, 'schema');
}

const readApi = (http: HttpClient, date: string, opts: HfOptions): Promise<DailyPaperItem[] | null> => withBodyRetries(() => readApiOnce(http, date, opts));

async function readHtml(http: HttpClient, date: string, opts: HfOptions): Promise<DailyPaperItem[]> {
  const res = await hfGet(http, `${opts.baseUrl}/papers/date/${date}`, 'text/html', opts);
  if (res.status !== 200) throw new HttpStatusError(res.status);
  return parseDailyPapersHtml(res.body);
}

/**
 * The day's papers from Hugging Face: the JSON API first, and the HTML page when the API keeps
 * failing or its body drifts from the schema. Throws UpstreamError when neither answers.
 */
export async function fetchListing(http: HttpClient, date: string, opts: HfOptions): Promise<Listing> {
  const toPapers = (items: DailyPaperItem[]) => uniqueById(items.map(toPaper));
  let apiProblem: string;
  try {
    const items = await readApi(http, date, opts);
    if (items === null) return { papers: [] };
    return { papers: toPapers(items) };
  } catch (err) {
    if (!isUpstreamFailure(err)) throw err;
    apiProblem = describeFailure(err);
  }
  opts.warn(`Hugging Face API failed (${apiProblem}); reading the HTML page instead`);
  try {
    const items = await readHtml(http, date, opts);
    return { papers: toPapers(items) };
  } catch (err) {
    if (!isUpstreamFailure(err)) throw err;
    throw new UpstreamError(`could not read the papers of ${date} from Hugging Face: API ${apiProblem}; HTML page ${describeFailure(err)}`);
  }
}
