import type { HttpClient, TextResponse } from '../http.js';
import { sleep } from '../pacer.js';
import { ListingFormatError } from './hf-parse-error.js';
import type { RateGate } from './rate-limit.js';

// What every Hugging Face request shares: the token, the rate-limit gate, and what counts as a body
// worth asking for again.

export interface HfOptions {
  baseUrl: string;
  token?: string;
  /** Shared by every Hugging Face request of a run. */
  rateGate?: RateGate;
  warn: (message: string) => void;
}

/** Whole attempts when a body arrives cut short or malformed (undici retries statuses and connections). */
const BODY_ATTEMPTS = 3;

/** undici could not finish a 2xx body (it gives up when the server ignores its Range request to resume). */
function isCutShort(err: unknown): boolean {
  const e = err as { code?: string; statusCode?: number };
  return (e.code === 'UND_ERR_REQ_RETRY' && (e.statusCode ?? 0) < 300) || e.code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH';
}

function isBodyProblem(err: unknown): boolean {
  return (err instanceof ListingFormatError && err.kind === 'json') || isCutShort(err);
}

/** An answer other than the ones a request expects. */
export class HttpStatusError extends Error {
  constructor(readonly statusCode: number) {
    super(`HTTP ${statusCode}`);
    this.name = 'HttpStatusError';
  }
}

/** A failure of Hugging Face or of the way to it (status, connection, timeout, body), not a bug here. */
export function isUpstreamFailure(err: unknown): boolean {
  if (err instanceof ListingFormatError || err instanceof HttpStatusError) return true;
  const e = err as { code?: unknown; name?: unknown } | undefined;
  return typeof e?.code === 'string' || e?.name === 'TimeoutError' || e?.name === 'AbortError';
}

/** A failure in words, for messages. */
export function describe(err: unknown): string {
  const e = err as { message?: string; code?: string; statusCode?: number };
  if (isCutShort(err)) return 'the response body was cut short';
  if (e.statusCode) return `HTTP ${e.statusCode}`;
  return e.code ? `${e.code}: ${e.message ?? ''}`.trim() : (e.message ?? String(err));
}

function authHeaders(token: string | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** One GET to Hugging Face, through the run's rate-limit gate, with the token when there is one. */
export async function hfGet(http: HttpClient, url: string, accept: string, opts: HfOptions): Promise<TextResponse> {
  await opts.rateGate?.before();
  const res = await http.get(url, { accept, ...authHeaders(opts.token) });
  opts.rateGate?.after(res.headers);
  return res;
}

/** Runs `read` again when its body arrived cut short or malformed; other failures are thrown at once. */
export async function withBodyRetries<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await read();
    } catch (err) {
      if (attempt >= BODY_ATTEMPTS || !isBodyProblem(err)) throw err;
      await sleep(250 * attempt);
    }
  }
}
