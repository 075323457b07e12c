import { UpstreamError } from '../errors.js';
import type { HttpClient, TextResponse } from '../http.js';
import { sleep } from '../pacer.js';
import type { Paper } from '../paper.js';
import { primeWhilePending } from '../warm-up.js';
import { ListingFormatError } from './hf-parse-error.js';
import type { DailyPaperItem } from './hf-schema.js';
import type { RateGate } from './rate-limit.js';

export interface HfOptions {
  baseUrl: string;
  token?: string;
  /** Page size; HF's own default (50) would cut a busy day short. */
  limit?: number;
  /** Shared by every Hugging Face request of a run. */
  rateGate?: RateGate;
  warn: (message: string) => void;
}

/** One day's listing; `via` says which source answered. */
export interface Listing {
  papers: Paper[];
  via: 'api' | 'html' | 'none';
}

const MAX_PAGES = 50;

/** Whole-listing attempts when a body arrives cut short or malformed (undici retries statuses and connections). */
const BODY_ATTEMPTS = 3;

/** undici could not finish a 2xx body (it gives up when the server ignores its Range request to resume). */
function isCutShort(err: unknown): boolean {
  const e = err as { code?: string; statusCode?: number };
  return (e.code === 'UND_ERR_REQ_RETRY' && (e.statusCode ?? 0) < 300) || e.code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH';
}

function isBodyProblem(err: unknown): boolean {
  return (err instanceof ListingFormatError && err.kind === 'json') || isCutShort(err);
}

function describe(err: unknown): string {
  const e = err as { message?: string; code?: string; statusCode?: number };
  if (isCutShort(err)) return 'the response body was cut short';
  if (e.statusCode) return `HTTP ${e.statusCode}`;
  return e.code ? `${e.code}: ${e.message ?? ''}`.trim() : (e.message ?? String(err));
}

function authHeaders(token: string | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

async function get(http: HttpClient, url: string, accept: string, opts: HfOptions): Promise<TextResponse> {
  await opts.rateGate?.before();
  const res = await http.get(url, { accept, ...authHeaders(opts.token) });
  opts.rateGate?.after(res.headers);
  return res;
}

/** Reads the day through the API, page by page; `null` means HF says the day has no list (HTTP 400). */
async function readApiOnce(http: HttpClient, date: string, opts: HfOptions): Promise<DailyPaperItem[] | null> {
  const limit = opts.limit ?? 100;
  const items: DailyPaperItem[] = [];
  for (let p = 0; p < MAX_PAGES; p += 1) {
    const url = `${opts.baseUrl}/api/daily_papers?date=${date}&limit=${limit}&p=${p}`;
    // The parser (and zod) load while the request is on its way.
    const parser = import('./hf-parse.js');
    const response = get(http, url, 'application/json', opts);
    void parser.then((m) => primeWhilePending(response, m.primeListingParser), () => undefined);
    const res = await response;
    if (res.status === 400 && p === 0) return null;
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    const page = (await parser).parseDailyPapersJson(res.body);
    items.push(...page);
    if (page.length < limit) return items;
  }
  throw new Error(`more than ${MAX_PAGES} pages`);
}

async function readApi(http: HttpClient, date: string, opts: HfOptions): Promise<DailyPaperItem[] | null> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await readApiOnce(http, date, opts);
    } catch (err) {
      if (attempt >= BODY_ATTEMPTS || !isBodyProblem(err)) throw err;
      await sleep(250 * attempt);
    }
  }
}

async function readHtml(http: HttpClient, date: string, opts: HfOptions): Promise<DailyPaperItem[]> {
  const res = await get(http, `${opts.baseUrl}/papers/date/${date}`, 'text/html', opts);
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  const { parseDailyPapersHtml } = await import('./hf-html.js');
  return parseDailyPapersHtml(res.body);
}

/**
 * The day's papers from Hugging Face: the JSON API first, and the HTML page when the API keeps
 * failing or its body drifts from the schema. Throws UpstreamError when neither answers.
 */
export async function fetchListing(http: HttpClient, date: string, opts: HfOptions): Promise<Listing> {
  // Mapping to papers runs the mojibake repair on titles; its tables load while the request is out.
  const mapping = import('../paper.js');
  const toPapers = async (items: DailyPaperItem[]) => {
    const { toPaper, uniqueById } = await mapping;
    return uniqueById(items.map(toPaper));
  };
  let apiProblem: string;
  try {
    const items = await readApi(http, date, opts);
    if (items === null) return { papers: [], via: 'none' };
    return { papers: await toPapers(items), via: 'api' };
  } catch (err) {
    apiProblem = describe(err);
  }
  opts.warn(`Hugging Face API failed (${apiProblem}); reading the HTML page instead`);
  try {
    const items = await readHtml(http, date, opts);
    return { papers: await toPapers(items), via: 'html' };
  } catch (err) {
    throw new UpstreamError(
      `could not read the papers of ${date} from Hugging Face: API ${apiProblem}; HTML page ${describe(err)}`,
    );
  }
}
