import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startReplayServer } from '../../scripts/replay-server.js';
import { dataFileSchema, type StoredPaper } from '../../src/store/data-schema.js';
import { workspaceEachTest, FIXTURES, runCli } from '../helpers/cli.js';

const e2e = workspaceEachTest();

const readDay = async (path: string) => dataFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
/** What "the same papers" means across the two crawlers (see docs/how-it-works.md, "Data files"). */
const samePaperFacts = (papers: StoredPaper[]) =>
  papers.map(({ id, url, paperLink, title, likes, abstract }) => ({ id, url, paperLink, title, likes, abstract })).sort((a, b) => (a.id < b.id ? -1 : 1));

describe("the old crawler's data file and hfdigest's, for the same day", () => {
  it('read back to the same papers', async () => {
    const server = (e2e.server = await startReplayServer({ fixturesDir: FIXTURES }));
    const res = await runCli(['fetch', '--date', '2026-02-12', '--no-cache', '--hf-url', server.url, '--arxiv-url', server.url], { cwd: e2e.dir });
    expect(res.code, res.stderr).toBe(0);
    const mine = await readDay(join(e2e.dir, '_data/papers/daily-2026-02-12.json'));
    const old = await readDay(join(FIXTURES, 'old-crawler/daily-2026-02-12.json'));
    expect(samePaperFacts(mine.papers)).toEqual(samePaperFacts(old.papers));
    expect(mine.papers).toHaveLength(10);
    // Not the same: the old file's institutions are card text ("StepFun1.36k5"), which reads as none.
    expect(old.papers.map((p) => p.institution)).toEqual(Array(10).fill(undefined));
    expect(mine.papers.map((p) => p.institution ?? null)).toEqual([
      'StepFun',
      null,
      null,
      'NVIDIA',
      null,
      'Google',
      'ByteDance Seed',
      'Ant Group',
      'Peking University',
      null,
    ]);
  });

  it("fetch rewrites the old crawler's file of the day, with hfdigest's keys beside its own", async () => {
    const server = (e2e.server = await startReplayServer({ fixturesDir: FIXTURES }));
    await mkdir(join(e2e.dir, '_data/papers'), { recursive: true });
    const path = join(e2e.dir, '_data/papers/daily-2026-02-12.json');
    await copyFile(join(FIXTURES, 'old-crawler/daily-2026-02-12.json'), path);
    const before = JSON.parse(await readFile(path, 'utf8'));
    const res = await runCli(['fetch', '--date', '2026-02-12', '--no-cache', '--hf-url', server.url, '--arxiv-url', server.url], { cwd: e2e.dir });
    expect(res.stderr).toMatch(/^written .*daily-2026-02-12\.json$/m);
    const after = JSON.parse(await readFile(path, 'utf8'));
    expect(after).toMatchObject({ date: '2026-02-12', total_papers: 10, listed_papers: 48 });
    // `tags` is the one key left out (see README, "Data files").
    const oldKeys = Object.keys(before.papers[0]).filter((k) => k !== 'tags');
    expect(Object.keys(after.papers[0]).slice(0, oldKeys.length)).toEqual(oldKeys);
  });
});
