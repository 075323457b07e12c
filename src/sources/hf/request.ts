import { isCutShort, isNetworkFailure, type HttpClient, type TextResponse } from '../http.js';
import { sleep } from '../pacer.js';
import { ListingFormatError } from './parse-error.js';
import type { RateGate } from '../rate-limit.js';

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
  return err instanceof ListingFormatError || err instanceof HttpStatusError || isNetworkFailure(err);
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
