import { Agent, RetryAgent, type Dispatcher } from 'undici';
import { VERSION } from './version.js';

/** A response read to the end. */
export interface TextResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** The one door to the network: every upstream request goes through `get`. */
export interface HttpClient {
  get(url: string, headers?: Record<string, string>): Promise<TextResponse>;
  /** Requests started so far (retries inside undici not counted). */
  readonly requests: number;
}

export interface DispatcherOptions {
  timeoutMs: number;
  maxRetries?: number;
  /** The wait before the first retry; each further one waits twice as long. */
  retryDelayMs?: number;
}

// Transient failures worth another try, on top of undici's defaults: timeouts and sockets closed mid-response.
const RETRY_ERROR_CODES = [
  'ECONNRESET', 'ECONNREFUSED', 'ENOTFOUND', 'ENETDOWN', 'ENETUNREACH', 'EHOSTDOWN', 'EHOSTUNREACH', 'EPIPE',
  'UND_ERR_SOCKET', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT',
];

/**
 * An undici dispatcher with per-request timeouts and retries (5xx, 429 with Retry-After, resets,
 * timeouts), over `base` (tests give a MockAgent) or a fresh connection pool.
 */
export function createDispatcher({ timeoutMs, maxRetries = 3, retryDelayMs = 500 }: DispatcherOptions, base?: Dispatcher): Dispatcher {
  const agent = base ?? new Agent({ headersTimeout: timeoutMs, bodyTimeout: timeoutMs, connectTimeout: timeoutMs });
  return new RetryAgent(agent, {
    maxRetries,
    minTimeout: retryDelayMs,
    maxTimeout: 30_000,
    timeoutFactor: 2,
    retryAfter: true,
    statusCodes: [429, 500, 502, 503, 504],
    errorCodes: RETRY_ERROR_CODES,
  });
}

/** An HttpClient over `dispatcher` with its own request count; `signal` bounds the whole run. */
export function createHttpClient(dispatcher: Dispatcher, signal?: AbortSignal): HttpClient {
  let requests = 0;
  return {
    get requests() {
      return requests;
    },
    async get(url, headers = {}) {
      requests += 1;
      const target = new URL(url);
      const res = await dispatcher.request({
        origin: target.origin,
        path: target.pathname + target.search,
        method: 'GET',
        signal,
        headers: { 'user-agent': `hfdigest/${VERSION}`, ...headers },
      });
      const body = await res.body.text();
      return { status: res.statusCode, headers: res.headers, body };
    },
  };
}

/** A failed request in a person's words: the status undici gave up on, or the network error. */
export function describeFailure(err: unknown): string {
  const e = err as { message?: string; code?: string; statusCode?: number };
  if (e.statusCode) return `HTTP ${e.statusCode}`;
  return e.code ? `${e.code}: ${e.message ?? ''}`.trim() : (e.message ?? String(err));
}
