import { sleep, type Sleep } from './pacer.js';

/** What Hugging Face's `RateLimit: "api";r=<remaining>;t=<seconds to reset>` header says. */
export interface RateLimitState {
  remaining: number;
  resetSeconds: number;
}

/** Parses the IETF-draft `RateLimit` header Hugging Face sends; undefined when absent or unreadable. */
export function parseRateLimit(header: string | string[] | undefined): RateLimitState | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  const r = /(?:^|[;,\s])r=(\d+)/.exec(value);
  const t = /(?:^|[;,\s])t=(\d+)/.exec(value);
  if (!r?.[1] || !t?.[1]) return undefined;
  return { remaining: Number(r[1]), resetSeconds: Number(t[1]) };
}

/** Hugging Face's anonymous quota: 500 API calls per 5-minute window. */
const HF_WINDOW = { requests: 500, ms: 300_000 };

/**
 * Holds Hugging Face requests back once the window's quota is spent: as the `RateLimit` header says,
 * and on our own count of the anonymous quota, which a long backfill would otherwise exceed.
 * `maxWaitMs` bounds one wait, so that a run past its deadline fails instead of sleeping on.
 */
export function createRateGate(maxWaitMs = 300_000, wait: Sleep = sleep, window = HF_WINDOW) {
  let resumeAt = 0;
  const sent: number[] = [];
  return {
    async before(): Promise<void> {
      const delay = resumeAt - Date.now();
      if (delay > 0) await wait(Math.min(delay, maxWaitMs));
      while (sent.length > 0 && sent[0]! <= Date.now() - window.ms) sent.shift();
      if (sent.length >= window.requests) await wait(Math.min(sent[0]! + window.ms - Date.now(), maxWaitMs));
      sent.push(Date.now());
    },
    after(headers: Record<string, string | string[] | undefined>): void {
      const state = parseRateLimit(headers.ratelimit);
      if (state && state.remaining === 0) resumeAt = Date.now() + state.resetSeconds * 1000;
    },
  };
}

export type RateGate = ReturnType<typeof createRateGate>;
