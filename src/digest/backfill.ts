import pLimit from 'p-limit';
import { createArxivBatcher } from '../sources/arxiv/batcher.js';
import { completeDay, directArxiv, listDay, type CollectContext } from './collect.js';
import type { Digest } from './digest.js';
import { ExitError } from '../core/errors.js';

/** How one day of a backfill ended. */
export type DayOutcome =
  | { date: string; status: 'written' | 'unchanged'; papers: number; paperCount: number; path: string }
  | { date: string; status: 'skipped' | 'failed'; reason: string };

export interface BackfillOptions {
  concurrency: number;
  /** Writes (or previews) a day's digest; called as soon as the day's abstracts are in. */
  publish: (digest: Digest) => Promise<{ status: 'written' | 'unchanged'; path: string }>;
  onDay: (outcome: DayOutcome) => void;
}

const failure = (date: string, err: unknown): DayOutcome => {
  // Upstream and usage errors belong to the day; anything else is a bug and stops the run.
  if (!(err instanceof ExitError)) throw err;
  return { date, status: 'failed', reason: err.message };
};

/**
 * Collects and publishes many days: listings with bounded concurrency, and abstracts gathered across
 * days into arXiv requests of up to 100 ids. A day that fails does not stop the others.
 */
export async function backfill(days: readonly string[], ctx: CollectContext, opts: BackfillOptions): Promise<DayOutcome[]> {
  const batcher = createArxivBatcher(directArxiv(ctx));
  const limit = pLimit(opts.concurrency);
  let daysLeft = days.length;
  // Once every day has asked for its ids (or needs none), no more can come: the last partial batch may go.
  const settledOnce = () => {
    let settled = false;
    return () => {
      if (settled) return;
      settled = true;
      daysLeft -= 1;
      if (daysLeft === 0) batcher.close();
    };
  };

  const runDay = async (date: string): Promise<DayOutcome> => {
    const settle = settledOnce();
    try {
      const listed = await limit(() => listDay(date, ctx));
      if (listed === null) return { date, status: 'skipped', reason: 'no papers' };
      const digest = await completeDay(listed, ctx, (ids) => {
        const answer = batcher.request(ids);
        settle();
        return answer;
      });
      settle();
      const { status, path } = await opts.publish(digest);
      return { date, status, papers: digest.entries.length, paperCount: digest.paperCount, path };
    } catch (err) {
      return failure(date, err);
    } finally {
      settle();
    }
  };

  return Promise.all(
    days.map(async (date) => {
      const outcome = await runDay(date);
      opts.onDay(outcome);
      return outcome;
    }),
  );
}
