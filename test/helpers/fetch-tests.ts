import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { startReplayServer } from '../../scripts/replay-server.js';
import { type CliResult, tempDir } from './cli.js';

/** The day the fetch tests fetch: a recorded day with 48 papers. */
export const DATE = '2026-02-12';

type Run = (args: string[], opts: { cwd: string }) => Promise<CliResult>;

/** What a file of fetch tests shares: each test's temp folder, the replay server it starts, and fetches through `run`. */
export interface FetchTests {
  dir: string;
  server: Awaited<ReturnType<typeof startReplayServer>>;
  postPath(): string;
  dataPath(): string;
  /** Fetches DATE, with the abstract cache in the test's folder. */
  fetch(extra?: string[]): Promise<CliResult>;
  /** Fetches `date`, without a cache. */
  fetchDay(date: string, extra?: string[]): Promise<CliResult>;
}

/** Gives each test a fresh folder; closes the server it started and removes the folder after it. `run` spawns the CLI or runs it in process. */
export function fetchEachTest(run: Run): FetchTests {
  let cleanup: (() => Promise<void>) | undefined;
  const t = {
    dir: '',
    postPath: () => join(t.dir, '_posts', `${DATE}-daily-papers.md`),
    dataPath: () => join(t.dir, '_data', 'papers', `daily-${DATE}.json`),
    fetch: (extra: string[] = []) =>
      run(['fetch', '--date', DATE, '--hf-url', t.server.url, '--arxiv-url', t.server.url, '--cache-dir', join(t.dir, 'cache'), ...extra], { cwd: t.dir }),
    fetchDay: (date: string, extra: string[] = []) =>
      run(['fetch', '--date', date, '--no-cache', '--hf-url', t.server.url, '--arxiv-url', t.server.url, ...extra], { cwd: t.dir }),
  } as FetchTests;
  beforeEach(async () => ({ dir: t.dir, cleanup } = await tempDir()));
  afterEach(async () => {
    await t.server?.close();
    await cleanup?.();
  });
  return t;
}
