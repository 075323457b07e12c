import { UpstreamError } from '../errors.js';
import type { HttpClient } from '../http.js';
import { toPaper, uniqueById, type Paper } from '../paper.js';
import { parseDailyPapersJson } from './hf-parse.js';
import type { DailyPaperItem } from './hf-schema.js';

export interface HfOptions {
  baseUrl: string;
  token?: string;
  /** Page size; HF's own default (50) would cut a busy day short. */
  limit?: number;
  warn: (message: string) => void;
}

/** One day's listing; `via` says which source answered. */
export interface Listing {
  papers: Paper[];
  via: 'api' | 'html' | 'none';
}

const MAX_PAGES = 50;

function describe(err: unknown): string {
  const e = err as { message?: string; code?: string; statusCode?: number };
  if (e.statusCode) return `HTTP ${e.statusCode}`;
  return e.code ? `${e.code}: ${e.message ?? ''}`.trim() : (e.message ?? String(err));
}

function authHeaders(token: string | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Reads the day through the API, page by page; `null` means HF says the day has no list (HTTP 400). */
async function readApi(http: HttpClient, date: string, opts: HfOptions): Promise<DailyPaperItem[] | null> {
  const limit = opts.limit ?? 100;
  const items: DailyPaperItem[] = [];
  for (let p = 0; p < MAX_PAGES; p += 1) {
    const url = `${opts.baseUrl}/api/daily_papers?date=${date}&limit=${limit}&p=${p}`;
    const res = await http.get(url, { accept: 'application/json', ...authHeaders(opts.token) });
    if (res.status === 400 && p === 0) return null;
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    const page = parseDailyPapersJson(res.body);
    items.push(...page);
    if (page.length < limit) return items;
  }
  throw new Error(`more than ${MAX_PAGES} pages`);
}

async function readHtml(http: HttpClient, date: string, opts: HfOptions): Promise<DailyPaperItem[]> {
  const res = await http.get(`${opts.baseUrl}/papers/date/${date}`, { accept: 'text/html', ...authHeaders(opts.token) });
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  const { parseDailyPapersHtml } = await import('./hf-html.js');
  return parseDailyPapersHtml(res.body);
}

/**
 * The day's papers from Hugging Face: the JSON API first, and the HTML page when the API keeps
 * failing or its body drifts from the schema. Throws UpstreamError when neither answers.
 */
export async function fetchListing(http: HttpClient, date: string, opts: HfOptions): Promise<Listing> {
  let apiProblem: string;
  try {
    const items = await readApi(http, date, opts);
    if (items === null) return { papers: [], via: 'none' };
    return { papers: uniqueById(items.map(toPaper)), via: 'api' };
  } catch (err) {
    apiProblem = describe(err);
  }
  opts.warn(`Hugging Face API failed (${apiProblem}); reading the HTML page instead`);
  try {
    const items = await readHtml(http, date, opts);
    return { papers: uniqueById(items.map(toPaper)), via: 'html' };
  } catch (err) {
    throw new UpstreamError(
      `could not read the papers of ${date} from Hugging Face: API ${apiProblem}; HTML page ${describe(err)}`,
    );
  }
}
