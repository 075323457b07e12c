import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startReplayServer } from '../../scripts/replay-server.js';
import { FIXTURES, listTree, runCli } from '../helpers/cli.js';
import { hfDay } from '../helpers/fixtures.js';
import { DATE, fetchEachTest } from '../helpers/fetch-tests.js';

const t = fetchEachTest(runCli);

describe('hfdigest fetch, end to end', () => {
  it('makes 2 requests cold and 1 warm, and a rerun rewrites nothing', async () => {
    t.server = await startReplayServer({ fixturesDir: FIXTURES });
    const cold = await t.fetch();
    expect(cold.code).toBe(0);
    expect(t.server.requests.map((r) => r.path)).toEqual(['/api/daily_papers', '/api/query']);
    expect(cold.stderr).toMatch(/^written .*2026-02-12-daily-papers\.md \(10 of 48 papers, 2 requests\)$/m);

    const post = await readFile(t.postPath(), 'utf8');
    expect(post).toMatch(/^1\. \*\*Step 3\.5 Flash: .*\*\* - 👍 179$/m);
    const data = JSON.parse(await readFile(t.dataPath(), 'utf8'));
    expect(data.papers).toHaveLength(10);
    expect(data.listed_papers).toBe(48);
    expect(data.total_papers).toBe(10);
    expect(data.papers.every((p: { abstract_source: string }) => p.abstract_source === 'arxiv')).toBe(true);
    const before = { post: await stat(t.postPath()), data: await stat(t.dataPath()) };

    await new Promise((r) => setTimeout(r, 20));
    t.server.state.requests.length = 0;
    const warm = await t.fetch();
    expect(warm.code).toBe(0);
    expect(t.server.requests.map((r) => r.path)).toEqual(['/api/daily_papers']);
    expect(warm.stderr).toMatch(/^unchanged .*2026-02-12-daily-papers\.md/m);
    expect(warm.stderr).toMatch(/^unchanged .*daily-2026-02-12\.json/m);
    expect((await stat(t.postPath())).mtimeMs).toBe(before.post.mtimeMs);
    expect((await stat(t.dataPath())).mtimeMs).toBe(before.data.mtimeMs);
    expect(await readFile(t.postPath(), 'utf8')).toBe(post);
    expect(await listTree(join(t.dir, '_posts'))).toEqual(['2026-02-12-daily-papers.md']);
  });

  it('--dry-run prints the post and the changes, and writes nothing', async () => {
    const days = new Map([[DATE, hfDay(DATE)]]);
    t.server = await startReplayServer({ fixturesDir: FIXTURES, days });
    await t.fetch();
    const post = await readFile(t.postPath(), 'utf8');
    const tree = await listTree(t.dir);
    days.get(DATE)![11].paper.upvotes = 60;
    const res = await t.fetch(['--dry-run']);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^3\. \*\*DataChef: .*\*\* - 👍 60$/m);
    expect(res.stderr).toMatch(/new +#3 2602\.11089 \(👍 60\) DataChef/);
    expect(res.stderr).toMatch(/moved +#3 → #4 2602\.11144 GENIUS/);
    expect(res.stderr).toMatch(/removed +#10 2602\.08253 \(👍 26\) G-LNS/);
    expect(res.stderr).toMatch(/nothing written/);
    expect(await readFile(t.postPath(), 'utf8')).toBe(post);
    expect(await listTree(t.dir)).toEqual(tree);
  });
});
