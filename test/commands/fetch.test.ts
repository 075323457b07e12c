import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startReplayServer, loadFixtures } from '../../scripts/replay-server.js';
import { syntheticDay } from '../../scripts/fixture-shapes.js';
import { FIXTURES, listTree } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';
import { hfDay } from '../helpers/fixtures.js';
import { DATE, fetchEachTest } from '../helpers/fetch-tests.js';

const t = fetchEachTest(runMain);

describe('hfdigest fetch', () => {
  it("clears a killed run's temp files from the posts, data and cache folders, and leaves a live run's", async () => {
    t.server = await startReplayServer({ fixturesDir: FIXTURES });
    // No process has a pid this high (Linux caps them at 2^22); the test runner is alive.
    const dead = 9_999_999;
    const stale = [
      join('_posts', `.x.md.${dead}.0badf00d.tmp`),
      join('_data', 'papers', `.x.json.${dead}.0badf00d.tmp`),
      join('cache', 'arxiv', `.x.json.${dead}.0badf00d.tmp`),
    ];
    const live = join('_posts', `.y.md.${process.pid}.0badf00d.tmp`);
    for (const f of [...stale, live]) {
      await mkdir(join(t.dir, f, '..'), { recursive: true });
      await writeFile(join(t.dir, f), 'half');
    }
    expect((await t.fetch(['--dry-run'])).code).toBe(0);
    expect((await listTree(t.dir)).filter((f) => f.endsWith('.tmp')).sort()).toEqual([...stale, live].sort());

    expect((await t.fetch()).code).toBe(0);
    expect((await listTree(t.dir)).filter((f) => f.endsWith('.tmp'))).toEqual([live]);
  });

  it('rewrites the post when upvotes change', async () => {
    const days = new Map([[DATE, hfDay(DATE)]]);
    t.server = await startReplayServer({ fixturesDir: FIXTURES, days });
    await t.fetch();
    days.get(DATE)![1].paper.upvotes = 500;
    const again = await t.fetch();
    expect(again.stderr).toMatch(/^written /m);
    const post = await readFile(t.postPath(), 'utf8');
    expect(post).toMatch(/^1\. \*\*VidVec: .*\*\* - 👍 500$/m);
    expect(post).toMatch(/^2\. \*\*Step 3\.5 Flash: .*\*\* - 👍 179$/m);
  });

  it('pages through a day with 130 papers', async () => {
    const day = syntheticDay('2026-03-03', 130, hfDay(DATE));
    const { entries } = loadFixtures(FIXTURES);
    t.server = await startReplayServer({ days: new Map([['2026-03-03', day]]), entries });
    const res = await runMain(['fetch', '--date', '2026-03-03', '--no-cache', '--hf-url', t.server.url, '--arxiv-url', t.server.url], { cwd: t.dir });
    expect(res.code).toBe(0);
    expect(t.server.requests.map((r) => `${r.path}${r.query}`).slice(0, 2)).toEqual([
      '/api/daily_papers?date=2026-03-03&limit=100&p=0',
      '/api/daily_papers?date=2026-03-03&limit=100&p=1',
    ]);
    expect(t.server.requests).toHaveLength(3);
    const data = JSON.parse(await readFile(join(t.dir, '_data/papers/daily-2026-03-03.json'), 'utf8'));
    expect(data.listed_papers).toBe(130);
    expect(data.papers[0].id).toBe('2603.03000');
  });

  it("falls back to Hugging Face's summary, with a warning, for an id arXiv leaves out", async () => {
    const { days, entries } = loadFixtures(FIXTURES);
    entries.delete('2602.08099');
    t.server = await startReplayServer({ days, entries });
    const res = await t.fetch();
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/warning: arXiv gave no abstract for 2602\.08099 \(2026-02-12\); using Hugging Face's copy/);
    const data = JSON.parse(await readFile(t.dataPath(), 'utf8'));
    const sources = Object.fromEntries(data.papers.map((p: { id: string; abstract_source: string }) => [p.id, p.abstract_source]));
    expect(sources['2602.08099']).toBe('hf');
    expect(Object.values(sources).filter((s) => s === 'arxiv')).toHaveLength(9);
    expect(data.papers[1].abstract).toMatch(/^Recent studies have adapted generative Multimodal/);

    t.server.state.requests.length = 0;
    await t.fetch();
    // Only the missing abstract is asked again; the other nine come from the cache.
    expect(t.server.requests.filter((r) => r.path === '/api/query').map((r) => r.query)).toEqual(['?id_list=2602.08099&max_results=1']);
  });

  it('reads the HTML page when the API body does not match the schema', async () => {
    t.server = await startReplayServer({
      fixturesDir: FIXTURES,
      fault: (_req: unknown, url: URL, res: import('node:http').ServerResponse) => {
        if (url.pathname !== '/api/daily_papers') return false;
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"papers": {}}');
        return true;
      },
    });
    const res = await t.fetch();
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/warning: Hugging Face API failed .*reading the HTML page instead/);
    expect(t.server.requests.map((r) => r.path)).toEqual(['/api/daily_papers', '/papers/date/2026-02-12', '/api/query']);
    expect(await readFile(t.postPath(), 'utf8')).toMatch(/^1\. \*\*Step 3\.5 Flash: .*\*\* - 👍 179$/m);
  });

  it('exits 0 and writes nothing on a day without papers', async () => {
    t.server = await startReplayServer({ fixturesDir: FIXTURES });
    const res = await runMain(['fetch', '--date', '2026-02-15', '--hf-url', t.server.url, '--arxiv-url', t.server.url], { cwd: t.dir });
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/no papers on Hugging Face for 2026-02-15; nothing to write/);
    expect(await listTree(t.dir)).toEqual([]);
  });

  it('updates an older-named post of the day in place', async () => {
    t.server = await startReplayServer({ fixturesDir: FIXTURES });
    const old = join(t.dir, '_posts', `${DATE}-daily-papers-1770854400.md`);
    await mkdir(join(t.dir, '_posts'), { recursive: true });
    await writeFile(old, "---\ntitle: Hugging Face Daily Papers - 2026-02-12\ncategories: ['Daily Papers', '일간']\n---\n\n1. **Old** - 👍 3\n");
    const res = await t.fetch();
    expect(res.code).toBe(0);
    expect(await listTree(join(t.dir, '_posts'))).toEqual([`${DATE}-daily-papers-1770854400.md`]);
    expect(await readFile(old, 'utf8')).toMatch(/^categories: \[Daily Papers, 일간\]$/m);
  });
});

describe('fetch --json', () => {
  it('summarises paths, status, papers, requests and warnings', async () => {
    t.server = await startReplayServer({ fixturesDir: FIXTURES });
    const first = JSON.parse((await t.fetchDay('2026-02-12', ['--json'])).stdout);
    expect(first).toMatchObject({
      date: '2026-02-12',
      dryRun: false,
      status: 'written',
      path: '_posts/2026-02-12-daily-papers.md',
      dataPath: '_data/papers/daily-2026-02-12.json',
      dataStatus: 'written',
      papers: 10,
      paperCount: 48,
      requests: { huggingface: 1, arxiv: 1 },
      warnings: [],
    });
    const again = JSON.parse((await t.fetchDay('2026-02-12', ['--json'])).stdout);
    expect(again).toMatchObject({ status: 'unchanged', dataStatus: 'unchanged', changes: [] });
    const none = JSON.parse((await t.fetchDay('2026-02-15', ['--json'])).stdout);
    expect(none).toMatchObject({ status: 'skipped', reason: 'no papers' });
  });

  it("warns when the day lists far fewer papers than the same weekday did, by hfdigest's files only", async () => {
    t.server = await startReplayServer({ fixturesDir: FIXTURES, days: new Map([['2026-02-12', hfDay('2026-02-12').slice(0, 28)]]) });
    await mkdir(join(t.dir, '_data/papers'), { recursive: true });
    for (const [date, count] of [
      ['2026-02-05', 48],
      ['2026-01-29', 51],
    ] as const) {
      const file = { date, crawled_at: `${date}T14:00:00.000000`, total_papers: 0, listed_papers: count, papers: [] };
      await writeFile(join(t.dir, `_data/papers/daily-${date}.json`), JSON.stringify(file));
    }
    // The old crawler's files keep only the top 10: counted, they would make the median 10.
    for (const date of ['2026-01-22', '2026-01-15']) {
      const old = JSON.parse(await readFile(join(FIXTURES, 'old-crawler/daily-2026-02-12.json'), 'utf8'));
      await writeFile(join(t.dir, `_data/papers/daily-${date}.json`), JSON.stringify({ ...old, date }));
    }
    const res = await t.fetchDay('2026-02-12', ['--json']);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/warning: 2026-02-12 lists 28 papers, fewer than usual for a Thursday \(median 48 over 2 earlier weeks\)/);
    expect(JSON.parse(res.stdout).warnings[0]).toMatch(/lists 28 papers/);
  });
});
