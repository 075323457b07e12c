import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syntheticDay } from '../../scripts/fixture-shapes.js';
import { loadFixtures, startReplayServer } from '../../scripts/replay-server.js';
import { FIXTURES, ROOT, listTree, runCli, tempDir } from '../helpers/cli.js';
import { hfDay } from '../helpers/fixtures.js';

type Server = Awaited<ReturnType<typeof startReplayServer>>;
let server: Server | undefined;
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(async () => {
  await server?.close();
  server = undefined;
  await cleanup();
});

/** `count` synthetic days from 2026-03-01, 30 to 60 papers each, with arXiv entries for all of them. */
function syntheticRange(count: number) {
  const real = [...hfDay('2026-02-12'), ...hfDay('2026-02-16'), ...hfDay('2026-02-25')];
  const { entries } = loadFixtures(FIXTURES);
  const days = new Map<string, any[]>();
  for (let i = 0; i < count; i += 1) {
    const date = new Date(Date.UTC(2026, 2, 1 + i)).toISOString().slice(0, 10);
    const items = syntheticDay(date, 30 + ((i * 7) % 31), real);
    days.set(date, items);
    for (const it of items)
      entries.set(
        it.paper.id,
        `  <entry>\n    <id>http://arxiv.org/abs/${it.paper.id}v1</id>\n    <title>${it.paper.id}</title>\n    <summary>Abstract of ${it.paper.id}.</summary>\n  </entry>`,
      );
  }
  return { days, entries };
}

const idsOf = (r: { query: string }) => new URLSearchParams(r.query).get('id_list')!.split(',');
const backfillArgs = (from: string, to: string, extra: string[] = []) => [
  'backfill',
  '--from',
  from,
  '--to',
  to,
  '--hf-url',
  server!.url,
  '--arxiv-url',
  server!.url,
  '--cache-dir',
  join(dir, 'cache'),
  ...extra,
];

describe('hfdigest backfill, end to end', () => {
  it('skips days without papers and asks arXiv once for the papers of several days', async () => {
    server = await startReplayServer({ fixturesDir: FIXTURES });
    const res = await runCli(backfillArgs('2026-02-12', '2026-02-16', ['--json']), { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(await listTree(join(dir, '_posts'))).toEqual(['2026-02-12-daily-papers.md', '2026-02-16-daily-papers.md']);
    const arxiv = server.requests.filter((r) => r.path === '/api/query');
    expect(arxiv).toHaveLength(1);
    expect(idsOf(arxiv[0]!)).toHaveLength(20);
    expect(server.requests.filter((r) => r.path === '/api/daily_papers')).toHaveLength(5);
    const summary = JSON.parse(res.stdout);
    expect(summary.days.map((d: { date: string; status: string }) => `${d.date} ${d.status}`)).toEqual([
      '2026-02-12 written',
      '2026-02-13 skipped',
      '2026-02-14 skipped',
      '2026-02-15 skipped',
      '2026-02-16 written',
    ]);
    expect(summary.requests).toEqual({ huggingface: 5, arxiv: 1 });
    expect(res.stderr).toMatch(/^2026-02-13 skipped: no papers$/m);
    expect(res.stderr).toMatch(/2 written, 0 unchanged, 3 skipped, 0 failed; 6 requests/);
  });

  it('batches at most 100 ids, one request at a time, an interval apart', async () => {
    server = await startReplayServer({ ...syntheticRange(25), latencyMs: 20 });
    const res = await runCli(backfillArgs('2026-03-01', '2026-03-25', ['--arxiv-interval-ms', '300', '--concurrency', '4']), { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect((await listTree(join(dir, '_posts'))).length).toBe(25);
    const arxiv = server.requests.filter((r) => r.path === '/api/query');
    expect(arxiv.map((r) => idsOf(r).length)).toEqual([100, 100, 50]);
    for (let i = 1; i < arxiv.length; i += 1) expect(arxiv[i]!.start - arxiv[i - 1]!.end).toBeGreaterThanOrEqual(300);
    expect(new Set(arxiv.flatMap(idsOf)).size).toBe(250);
  });

  it('resumes an interrupted run; the days already done cost one request each', async () => {
    server = await startReplayServer({ ...syntheticRange(15) });
    const child = spawn(process.execPath, [join(ROOT, 'bin/hfdigest.js'), ...backfillArgs('2026-03-01', '2026-03-15', ['--arxiv-interval-ms', '20000'])], {
      cwd: dir,
      stdio: 'ignore',
    });
    // The first batch (100 ids: ten days) is written, then the run waits 20 s for arXiv: interrupt it there.
    const written = async () => (await readdir(join(dir, '_posts')).catch(() => [])).filter((f) => !f.endsWith('.tmp')).length;
    for (let i = 0; i < 200 && (await written()) < 10; i += 1) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const done = (await listTree(join(dir, '_posts'))).filter((f) => !f.endsWith('.tmp')).length;
    expect(done).toBe(10);

    server.state.requests.length = 0;
    const res = await runCli(backfillArgs('2026-03-01', '2026-03-15', ['--arxiv-interval-ms', '0']), { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect((await listTree(join(dir, '_posts'))).length).toBe(15);
    // A write the kill interrupted leaves a temp file; the next run sweeps it.
    expect((await listTree(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(server.requests.filter((r) => r.path === '/api/daily_papers')).toHaveLength(15);
    const arxiv = server.requests.filter((r) => r.path === '/api/query');
    expect(arxiv).toHaveLength(1);
    expect(idsOf(arxiv[0]!)).toHaveLength(50);
    expect(res.stderr).toMatch(/5 written, 10 unchanged, 0 skipped, 0 failed/);
  });

  it('reports a failing day, finishes the others, and exits 3', async () => {
    server = await startReplayServer({
      ...syntheticRange(3),
      fault: (_req: IncomingMessage, url: URL, res: ServerResponse) => {
        if (url.searchParams.get('date') !== '2026-03-02' && url.pathname !== '/papers/date/2026-03-02') return false;
        res.writeHead(404).end('nope');
        return true;
      },
    });
    const res = await runCli(backfillArgs('2026-03-01', '2026-03-03', ['--json']), { cwd: dir });
    expect(res.code).toBe(3);
    expect(await listTree(join(dir, '_posts'))).toEqual(['2026-03-01-daily-papers.md', '2026-03-03-daily-papers.md']);
    expect(res.stderr).toMatch(/^2026-03-02 failed: could not read the papers of 2026-03-02/m);
    expect(JSON.parse(res.stdout).days[1]).toMatchObject({ date: '2026-03-02', status: 'failed' });
  });

  it('refuses a reversed range', async () => {
    const res = await runCli(['backfill', '--from', '2026-02-16', '--to', '2026-02-12'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/--from 2026-02-16 is after --to 2026-02-12/);
  });
});
