import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startReplayServer } from '../../scripts/replay-server.js';
import { workspaceEachTest, FIXTURES, listTree } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';

const ws = workspaceEachTest();

const fetchDay = (date: string, extra: string[] = []) =>
  runMain(['fetch', '--date', date, '--no-cache', '--hf-url', ws.server!.url, '--arxiv-url', ws.server!.url, ...extra], { cwd: ws.dir });

describe('monthly and validate', () => {
  const copyOld = async (from: string, date: string) => {
    await mkdir(join(ws.dir, '_data/papers'), { recursive: true });
    await copyFile(join(FIXTURES, from), join(ws.dir, `_data/papers/daily-${date}.json`));
  };

  it("builds the month from the old crawler's data files and hfdigest's, once, and the posts validate", async () => {
    const _server = (ws.server = await startReplayServer({ fixturesDir: FIXTURES }));
    await copyOld('old-crawler/daily-2026-02-12.json', '2026-02-12');
    await copyOld('old-crawler/daily-2026-02-25.json', '2026-02-25');
    expect((await fetchDay('2026-02-16')).code).toBe(0);
    const first = await runMain(['monthly', '--month', '2026-02'], { cwd: ws.dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe('written _posts/2026-02-01-monthly-papers-summary.md (3 days, 30 papers)\nwritten _data/papers/monthly-2026-02.json\n');
    const path = join(ws.dir, '_posts/2026-02-01-monthly-papers-summary.md');
    const post = await readFile(path, 'utf8');
    // The top 10 of each of the three listings, added up by hand: 587 + 341 + 91 likes.
    expect(post).toContain('- **총 논문 수**: 30개\n- **총 좋아요 수**: 1,019\n- **평균 좋아요 수**: 33.97\n- **수집 일수**: 3일\n');
    // 2602.10388 from hfdigest's file of 02-16; 2602.10604 from the old crawler's of 02-12, whose "StepFun1.36k5" is no institution.
    expect(post).toMatch(
      /^1\. \*\*Less is Enough: .*\*\* - 👍 183\n {3}- \[HF 페이지\]\(https:\/\/huggingface\.co\/papers\/2602\.10388\)\n {3}- \[논문 링크\]/m,
    );
    expect(post).toMatch(/^2\. \*\*Step 3\.5 Flash: .*\*\* - 👍 179\n {3}- \[HF 페이지\]\(https:\/\/huggingface\.co\/papers\/2602\.10604\)\n/m);
    expect(post.match(/^\d+\. \*\*/gm)).toHaveLength(20);
    expect(post).not.toContain('인기 태그');
    const data = JSON.parse(await readFile(join(ws.dir, '_data/papers/monthly-2026-02.json'), 'utf8'));
    expect(data).toMatchObject({ year: 2026, month: 2, total_papers: 30, total_likes: 1019, average_likes: 33.97, days_crawled: 3, top_tags: [] });
    expect(data.top_papers.map((p: { likes: number }) => p.likes).slice(0, 3)).toEqual([183, 179, 121]);

    const before = { post: await stat(path), data: await stat(join(ws.dir, '_data/papers/monthly-2026-02.json')) };
    await new Promise((r) => setTimeout(r, 20));
    const second = await runMain(['monthly', '--month', '2026-02', '--json'], { cwd: ws.dir });
    expect(JSON.parse(second.stdout)).toMatchObject({ status: 'unchanged', dataStatus: 'unchanged', days: 3, papers: 30, likes: 1019 });
    expect((await stat(path)).mtimeMs).toBe(before.post.mtimeMs);
    expect((await stat(join(ws.dir, '_data/papers/monthly-2026-02.json'))).mtimeMs).toBe(before.data.mtimeMs);

    const valid = await runMain(['validate'], { cwd: ws.dir });
    expect(valid.code, valid.stdout).toBe(0);
    expect(valid.stderr).toMatch(/2 posts checked, 0 problems/);
  });

  it('reproduces the early real summary from its data files, in place of the old post', async () => {
    await copyOld('old-crawler/2025-11/daily-2025-11-01.json', '2025-11-01');
    await copyOld('old-crawler/2025-11/daily-2025-11-02.json', '2025-11-02');
    await mkdir(join(ws.dir, '_posts'));
    // The real early post, under a name with a unix time as the old crawler gave its daily posts.
    const old = '_posts/2025-11-01-monthly-papers-summary-1761955200.md';
    await copyFile(join(FIXTURES, 'blog/2025-11-01-monthly-papers-summary.early.md'), join(ws.dir, old));
    const res = await runMain(['monthly', '--month', '2025-11'], { cwd: ws.dir });
    expect(res.stderr).toBe(`written ${old} (2 days, 10 papers)\nwritten _data/papers/monthly-2025-11.json\n`);
    expect(await readFile(join(ws.dir, old), 'utf8')).toBe(await readFile(join(FIXTURES, 'old-crawler/2025-11-01-monthly-papers-summary.expected.md'), 'utf8'));
    expect((await listTree(ws.dir)).filter((f) => f.startsWith('_posts/'))).toEqual([old]);
  });

  it("fetch writes the previous month's summary on its first run of a new month, and only then", async () => {
    const _server = (ws.server = await startReplayServer({ fixturesDir: FIXTURES }));
    await copyOld('old-crawler/daily-2026-02-12.json', '2026-02-12');
    await copyOld('old-crawler/daily-2026-02-25.json', '2026-02-25');
    const dry = await fetchDay('2026-03-01', ['--dry-run']);
    expect(dry.stderr).toMatch(/^dry run: would be written _posts\/2026-02-01-monthly-papers-summary\.md \(summary of 2026-02: 2 days, 20 papers\)$/m);
    expect(await listTree(ws.dir)).toEqual(['_data/papers/daily-2026-02-12.json', '_data/papers/daily-2026-02-25.json']);
    // 2026-03-01 has no papers: the summary comes all the same.
    const first = await fetchDay('2026-03-01', ['--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/^written _posts\/2026-02-01-monthly-papers-summary\.md \(summary of 2026-02: 2 days, 20 papers\)$/m);
    expect(JSON.parse(first.stdout)).toMatchObject({ status: 'skipped', monthly: { month: '2026-02', status: 'written', dataStatus: 'written' } });
    expect(await readFile(join(ws.dir, '_posts/2026-02-01-monthly-papers-summary.md'), 'utf8')).toContain('- **총 좋아요 수**: 678\n');

    const again = await fetchDay('2026-03-01', ['--json']);
    expect(JSON.parse(again.stdout)).not.toHaveProperty('monthly');
    expect(again.stderr).not.toMatch(/monthly/);
    // February's own days look back at January, which has no data files.
    expect(JSON.parse((await fetchDay('2026-02-16', ['--json'])).stdout)).not.toHaveProperty('monthly');
  });

  it('validate reports file:line problems and exits 4; an unreadable post is named with its reason, exit 2', async () => {
    await mkdir(join(ws.dir, '_posts'));
    await copyFile(join(FIXTURES, 'posts/2026-02-12-daily-papers.original.md'), join(ws.dir, '_posts/2026-02-12-daily-papers.md'));
    const res = await runMain(['validate'], { cwd: ws.dir });
    expect(res.code).toBe(4);
    expect(res.stdout.split('\n')[0]).toBe(
      `_posts/2026-02-12-daily-papers.md:16: "- 기관: StepFun1.24k2" looks like the old crawler's junk (run "hfdigest repair --institutions")`,
    );
    const missing = await runMain(['validate', 'nope.md'], { cwd: ws.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.md: cannot be read \(no such file\)/);
    const folder = await runMain(['validate', '_posts'], { cwd: ws.dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/_posts: cannot be read \(is a directory\)/);
  });

  it('monthly refuses a bad month and a month without data', async () => {
    expect((await runMain(['monthly', '--month', '2026-13'], { cwd: ws.dir })).stderr).toMatch(/invalid month "2026-13": expected YYYY-MM/);
    const none = await runMain(['monthly', '--month', '2026-01'], { cwd: ws.dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no data files for 2026-01 in _data\/papers/);
    await mkdir(join(ws.dir, '_data/papers'), { recursive: true });
    await writeFile(join(ws.dir, '_data/papers/daily-2026-01-05.json'), '{"date": "2026-01-05"');
    await writeFile(join(ws.dir, '_data/papers/daily-2026-01-06.json'), JSON.stringify({ date: '2026-01-06', crawled_at: '', paper_count: 3, papers: [] }));
    const damaged = await runMain(['monthly', '--month', '2026-01'], { cwd: ws.dir });
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toMatch(/^warning: _data\/papers\/daily-2026-01-05\.json skipped: not JSON$/m);
    expect(damaged.stderr).toMatch(
      /^warning: _data\/papers\/daily-2026-01-06\.json skipped: total_papers: Invalid input: expected number, received undefined$/m,
    );
  });
});
