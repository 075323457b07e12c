import { setTimeout as delay } from 'node:timers/promises';
import pLimit from 'p-limit';

export type Sleep = (ms: number) => Promise<void>;
export const sleep: Sleep = (ms) => delay(ms);

/**
 * Runs tasks one at a time, each starting at least `intervalMs` after the previous one ended: arXiv
 * asks for one request every three seconds and one connection at a time. Share one pacer per run.
 */
export function createPacer(intervalMs: number, now: () => number = Date.now, wait: Sleep = sleep) {
  const one = pLimit(1);
  let lastEnd = Number.NEGATIVE_INFINITY;
  return <T>(task: () => Promise<T>): Promise<T> =>
    one(async () => {
      const delay = lastEnd + intervalMs - now();
      if (delay > 0) await wait(delay);
      try {
        return await task();
      } finally {
        lastEnd = now();
      }
    });
}

export type Pacer = ReturnType<typeof createPacer>;
