import { UpstreamError } from '../errors.js';
import type { HttpClient } from '../http.js';
import { toPaper, uniqueById, type Paper } from '../paper.js';
import { parseDailyPapersHtml } from './hf-html.js';
import { parseDailyPapersJson } from './hf-parse.js';
import type { DailyPaperItem } from './hf-schema.js';
import { describe, hfGet, withBodyRetries, type HfOptions } from './hf-request.js';

export type { HfOptions };

/** One day's listing; `via` says which source answered. */
export interface Listing {
  papers: Paper[];
  via: 'api' | 'html' | 'none';
}

const MAX_PAGES = 50;

/** Reads the day through the API, page by page; `null` means HF says the day has no list (HTTP 400). */
async function readApiOnce(http: HttpClient, date: string, opts: HfOptions): Promise<DailyPaperItem[] | null> {
  const limit = opts.limit ?? 100;
  const items: DailyPaperItem[] = [];
  for (let p = 0; p < MAX_PAGES; p += 1) {
    const url = `${opts.baseUrl}/api/daily_papers?date=${date}&limit=${limit}&p=${p}`;
    const res = await hfGet(http, url, 'application/json', opts);
    if (res.status === 400 && p === 0) return null;
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    const page = parseDailyPapersJson(res.body);
    items.push(...page);
    if (page.length < limit) return items;
  }
  throw new Error(`more than ${MAX_PAGES} pages`);
}

const readApi = (http: HttpClient, date: string, opts: HfOptions): Promise<DailyPaperItem[] | null> =>
  withBodyRetries(() => readApiOnce(http, date, opts));

async function readHtml(http: HttpClient, date: string, opts: HfOptions): Promise<DailyPaperItem[]> {
  const res = await hfGet(http, `${opts.baseUrl}/papers/date/${date}`, 'text/html', opts);
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
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
    if (items === null) return { papers: [], via: 'none' };
    return { papers: toPapers(items), via: 'api' };
  } catch (err) {
    apiProblem = describe(err);
  }
  opts.warn(`Hugging Face API failed (${apiProblem}); reading the HTML page instead`);
  try {
    const items = await readHtml(http, date, opts);
    return { papers: toPapers(items), via: 'html' };
  } catch (err) {
    throw new UpstreamError(
      `could not read the papers of ${date} from Hugging Face: API ${apiProblem}; HTML page ${describe(err)}`,
    );
  }
}
