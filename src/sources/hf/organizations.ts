import pLimit from 'p-limit';
import type { Dispatcher } from 'undici';
import { UpstreamError } from '../../core/errors.js';
import { createDispatcher, createHttpClient, requestDeadlineMs } from '../http.js';
import type { PaperSource } from '../../posts/institution-lookup.js';
import { fetchListing } from './listing.js';
import { fetchPaper } from './paper.js';
import { createRateGate } from '../rate-limit.js';

export interface HfSourceOptions {
  hfUrl: string;
  token?: string;
  /** Timeout of each attempt (headers, body, connection). */
  timeoutMs: number;
  warn: (message: string) => void;
  /** The longest one request may take, its retries included (default: requestDeadlineMs(timeoutMs)). */
  requestDeadlineMs?: number;
  /** Requests at once. */
  concurrency?: number;
  /** The way out; by default an undici agent with retries (tests give a MockAgent). */
  dispatcher?: Dispatcher;
}

/** After this many failures in a row Hugging Face is taken to be down: the rest is not asked, not waited for. */
const FAILURES_TO_STOP = 3;

/** Organizations from Hugging Face, as `fetch` reads it (retries, rate limit, HF_TOKEN); each listing and paper asked once. */
export function hfPaperSource(
  opts: HfSourceOptions,
): PaperSource & { readonly asked: { listings: number; papers: number; requests: number }; close(): Promise<void> } {
  const dispatcher = opts.dispatcher ?? createDispatcher({ timeoutMs: opts.timeoutMs });
  // Each request has its own deadline, started when it is sent (after any wait for the rate limit): one
  // deadline over a whole run failed the last days of a long one.
  const deadlineMs = opts.requestDeadlineMs ?? requestDeadlineMs(opts.timeoutMs);
  const http = createHttpClient(dispatcher, () => AbortSignal.timeout(deadlineMs));
  const hf = { baseUrl: opts.hfUrl, ...(opts.token ? { token: opts.token } : {}), rateGate: createRateGate(), warn: opts.warn };
  const limit = pLimit(opts.concurrency ?? 4);
  const asked = { listings: 0, papers: 0 };
  let failuresInARow = 0;
  let lastFailure = '';

  /** Runs `ask` in its turn, unless Hugging Face has failed too often in a row already. */
  const guarded = <T>(ask: () => Promise<T>): Promise<T> =>
    limit(async () => {
      if (failuresInARow >= FAILURES_TO_STOP) throw new UpstreamError(`not asked: Hugging Face failed ${failuresInARow} times in a row (last: ${lastFailure})`);
      try {
        const answer = await ask();
        failuresInARow = 0;
        return answer;
      } catch (err) {
        if (err instanceof UpstreamError) {
          failuresInARow += 1;
          lastFailure = err.message;
        }
        throw err;
      }
    });

  const listings = new Map<string, Promise<ReadonlyMap<string, string | null>>>();
  const papers = new Map<string, Promise<string | null | undefined>>();
  /** Each listing and each paper is asked for once a run, however many posts want it. */
  const once = <T>(answers: Map<string, Promise<T>>, key: string, ask: () => Promise<T>): Promise<T> => {
    if (!answers.has(key)) answers.set(key, guarded(ask));
    return answers.get(key)!;
  };
  return {
    listing: (day) =>
      once(listings, day, async () => {
        asked.listings += 1;
        const { papers: listed } = await fetchListing(http, day, hf);
        return new Map(listed.map((p) => [p.id, p.institution ?? null]));
      }),
    byId: (id) =>
      once(papers, id, async () => {
        asked.papers += 1;
        const paper = await fetchPaper(http, id, hf);
        return paper === null ? undefined : (paper.institution ?? null);
      }),
    get asked() {
      return { ...asked, requests: http.requests };
    },
    close: () => (opts.dispatcher ? Promise.resolve() : dispatcher.close()),
  };
}
