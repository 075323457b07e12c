import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import type { Dispatcher } from 'undici';
import { VERSION } from './version.js';

// undici parses HTTP with llhttp compiled to WebAssembly. Once its parser is hot, V8 recompiles it
// with TurboFan on a background thread, and a process may not exit before that job ends: ~0.1 s
// after every warm fetch. The baseline compiler parses a run's few megabytes at most just as well.
// Set before the first connection compiles the module.
setFlagsFromString('--liftoff-only');

// undici's index loads every client it ships (fetch, WebSocket, caches, mocks, proxies), about 0.1 s
// before a one-day fetch can send its first request. A GET through an agent with retries needs only
// these three of its modules; their types are the public ones.
const require = createRequire(import.meta.url);
const Agent = require('undici/lib/dispatcher/agent.js') as typeof import('undici').Agent;
const RetryAgent = require('undici/lib/dispatcher/retry-agent.js') as typeof import('undici').RetryAgent;
const request = require('undici/lib/api/api-request.js') as (
  this: Dispatcher,
  options: Dispatcher.RequestOptions,
) => Promise<Dispatcher.ResponseData>;

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
}

// Transient failures worth another try, on top of undici's defaults: timeouts and sockets closed mid-response.
const RETRY_ERROR_CODES = [
  'ECONNRESET', 'ECONNREFUSED', 'ENOTFOUND', 'ENETDOWN', 'ENETUNREACH', 'EHOSTDOWN', 'EHOSTUNREACH', 'EPIPE',
  'UND_ERR_SOCKET', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT',
];

/** An undici dispatcher with per-request timeouts and retries (5xx, 429 with Retry-After, resets, timeouts). */
export function createDispatcher({ timeoutMs, maxRetries = 3 }: DispatcherOptions): Dispatcher {
  const agent = new Agent({ headersTimeout: timeoutMs, bodyTimeout: timeoutMs, connectTimeout: timeoutMs });
  return new RetryAgent(agent, {
    maxRetries,
    minTimeout: 500,
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
      const res = await request.call(dispatcher, {
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
