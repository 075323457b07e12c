import { Agent, RetryAgent, type Dispatcher } from 'undici';
import { VERSION } from '../core/version.js';

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

// Transient failures worth another try. Giving undici a list replaces its own, which it does not
// export: its list (up to UND_ERR_SOCKET), then the three timeouts, which it does not retry by itself.
const RETRY_ERROR_CODES = [
  'ECONNRESET',
  'ECONNREFUSED',
  'ENOTFOUND',
  'ENETDOWN',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EHOSTUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
];

/**
 * An undici dispatcher with per-request timeouts and retries (undici's: HTTP 500, 502, 503, 504, and 429
 * after its Retry-After; and the errors above), over `base` (tests give a MockAgent) or a fresh pool.
 */
export function createDispatcher({ timeoutMs, maxRetries = 3, retryDelayMs = 500 }: DispatcherOptions, base?: Dispatcher): Dispatcher {
  const agent = base ?? new Agent({ headersTimeout: timeoutMs, bodyTimeout: timeoutMs, connectTimeout: timeoutMs });
  return new RetryAgent(agent, {
    maxRetries,
    minTimeout: retryDelayMs,
    errorCodes: RETRY_ERROR_CODES,
  });
}

/**
 * An HttpClient over `dispatcher` with its own request count. `signalFor` gives each request its abort
 * signal: one deadline over the whole run, or a deadline of its own that starts when it is sent.
 */
export function createHttpClient(dispatcher: Dispatcher, signalFor?: () => AbortSignal): HttpClient {
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
        signal: signalFor?.(),
        headers: { 'user-agent': `hfdigest/${VERSION}`, ...headers },
      });
      const body = await res.body.text();
      return { status: res.statusCode, headers: res.headers, body };
    },
  };
}

/**
 * The longest one request may take, its retries included: every retry of a slow answer fits, and a
 * server that never ends its body cannot hang the run.
 */
export const requestDeadlineMs = (timeoutMs: number): number => Math.max(8 * timeoutMs, 120_000);

/** undici could not finish a 2xx body (it gives up when the server ignores its Range request to resume). */
export function isCutShort(err: unknown): boolean {
  const e = err as { code?: string; statusCode?: number };
  return (e.code === 'UND_ERR_REQ_RETRY' && (e.statusCode ?? 0) < 300) || e.code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH';
}

/**
 * True for what the network or the server did (a refused or reset connection, a timeout, a status undici
 * gave up retrying); false for a mistake in hfdigest itself, which must not pass for an outage.
 */
export function isNetworkFailure(err: unknown): boolean {
  const e = err as { code?: unknown; name?: unknown } | undefined;
  return typeof e?.code === 'string' || e?.name === 'AbortError' || e?.name === 'TimeoutError';
}

/** A failed request in a person's words: the status undici gave up on, or the network error. */
export function describeFailure(err: unknown): string {
  const e = err as { message?: string; code?: string; statusCode?: number };
  if (isCutShort(err)) return 'the response body was cut short';
  if (e.statusCode) return `HTTP ${e.statusCode}`;
  return e.code ? `${e.code}: ${e.message ?? ''}`.trim() : (e.message ?? String(err));
}
