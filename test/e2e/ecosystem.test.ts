import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayServer } from '../../scripts/replay-server.js';
import { e2eEachTest, FIXTURES, listTree, ROOT, runCli, tempDir } from '../helpers/cli.js';
import { hfDay } from '../helpers/fixtures.js';

const e2e = e2eEachTest();

const fetchDay = (date: string, extra: string[] = []) =>
  runCli(['fetch', '--date', date, '--no-cache', '--hf-url', e2e.server!.url, '--arxiv-url', e2e.server!.url, ...extra], { cwd: e2e.dir });

describe('fetch --json', () => {
  it('summarises paths, status, papers, requests and warnings', async () => {
    const _server = (e2e.server = await startReplayServer({ fixturesDir: FIXTURES }));
    const first = JSON.parse((await fetchDay('2026-02-12', ['--json'])).stdout);
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
    const again = JSON.parse((await fetchDay('2026-02-12', ['--json'])).stdout);
    expect(again).toMatchObject({ status: 'unchanged', dataStatus: 'unchanged', changes: [] });
    const none = JSON.parse((await fetchDay('2026-02-15', ['--json'])).stdout);
    expect(none).toMatchObject({ status: 'skipped', reason: 'no papers' });
  });

  it("warns when the day lists far fewer papers than the same weekday did, by hfdigest's files only", async () => {
    const _server = (e2e.server = await startReplayServer({ fixturesDir: FIXTURES, days: new Map([['2026-02-12', hfDay('2026-02-12').slice(0, 28)]]) }));
    await mkdir(join(e2e.dir, '_data/papers'), { recursive: true });
    for (const [date, count] of [
      ['2026-02-05', 48],
      ['2026-01-29', 51],
    ] as const) {
      const file = { date, crawled_at: `${date}T14:00:00.000000`, total_papers: 0, listed_papers: count, papers: [] };
      await writeFile(join(e2e.dir, `_data/papers/daily-${date}.json`), JSON.stringify(file));
    }
    // The old crawler's files keep only the top 10: counted, they would make the median 10.
    for (const date of ['2026-01-22', '2026-01-15']) {
      const old = JSON.parse(await readFile(join(FIXTURES, 'old-crawler/daily-2026-02-12.json'), 'utf8'));
      await writeFile(join(e2e.dir, `_data/papers/daily-${date}.json`), JSON.stringify({ ...old, date }));
    }
    const res = await fetchDay('2026-02-12', ['--json']);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/warning: 2026-02-12 lists 28 papers, fewer than usual for a Thursday \(median 48 over 2 earlier weeks\)/);
    expect(JSON.parse(res.stdout).warnings[0]).toMatch(/lists 28 papers/);
  });
});

describe('monthly and validate', () => {
  const copyOld = async (from: string, date: string) => {
    await mkdir(join(e2e.dir, '_data/papers'), { recursive: true });
    await copyFile(join(FIXTURES, from), join(e2e.dir, `_data/papers/daily-${date}.json`));
  };

  it("builds the month from the old crawler's data files and hfdigest's, once, and the posts validate", async () => {
    const _server = (e2e.server = await startReplayServer({ fixturesDir: FIXTURES }));
    await copyOld('old-crawler/daily-2026-02-12.json', '2026-02-12');
    await copyOld('old-crawler/daily-2026-02-25.json', '2026-02-25');
    expect((await fetchDay('2026-02-16')).code).toBe(0);
    const first = await runCli(['monthly', '--month', '2026-02'], { cwd: e2e.dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe('written _posts/2026-02-01-monthly-papers-summary.md (3 days, 30 papers)\nwritten _data/papers/monthly-2026-02.json\n');
    const path = join(e2e.dir, '_posts/2026-02-01-monthly-papers-summary.md');
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
    const data = JSON.parse(await readFile(join(e2e.dir, '_data/papers/monthly-2026-02.json'), 'utf8'));
    expect(data).toMatchObject({ year: 2026, month: 2, total_papers: 30, total_likes: 1019, average_likes: 33.97, days_crawled: 3, top_tags: [] });
    expect(data.top_papers.map((p: { likes: number }) => p.likes).slice(0, 3)).toEqual([183, 179, 121]);

    const before = { post: await stat(path), data: await stat(join(e2e.dir, '_data/papers/monthly-2026-02.json')) };
    await new Promise((r) => setTimeout(r, 20));
    const second = await runCli(['monthly', '--month', '2026-02', '--json'], { cwd: e2e.dir });
    expect(JSON.parse(second.stdout)).toMatchObject({ status: 'unchanged', dataStatus: 'unchanged', days: 3, papers: 30, likes: 1019 });
    expect((await stat(path)).mtimeMs).toBe(before.post.mtimeMs);
    expect((await stat(join(e2e.dir, '_data/papers/monthly-2026-02.json'))).mtimeMs).toBe(before.data.mtimeMs);

    const valid = await runCli(['validate'], { cwd: e2e.dir });
    expect(valid.code, valid.stdout).toBe(0);
    expect(valid.stderr).toMatch(/2 posts checked, 0 problems/);
  });

  it('reproduces the early real summary from its data files, in place of the old post', async () => {
    await copyOld('old-crawler/2025-11/daily-2025-11-01.json', '2025-11-01');
    await copyOld('old-crawler/2025-11/daily-2025-11-02.json', '2025-11-02');
    await mkdir(join(e2e.dir, '_posts'));
    // The real early post, under a name with a unix time as the old crawler gave its daily posts.
    const old = '_posts/2025-11-01-monthly-papers-summary-1761955200.md';
    await copyFile(join(FIXTURES, 'blog/2025-11-01-monthly-papers-summary.early.md'), join(e2e.dir, old));
    const res = await runCli(['monthly', '--month', '2025-11'], { cwd: e2e.dir });
    expect(res.stderr).toBe(`written ${old} (2 days, 10 papers)\nwritten _data/papers/monthly-2025-11.json\n`);
    expect(await readFile(join(e2e.dir, old), 'utf8')).toBe(
      await readFile(join(FIXTURES, 'old-crawler/2025-11-01-monthly-papers-summary.expected.md'), 'utf8'),
    );
    expect((await listTree(e2e.dir)).filter((f) => f.startsWith('_posts/'))).toEqual([old]);
  });

  it("fetch writes the previous month's summary on its first run of a new month, and only then", async () => {
    const _server = (e2e.server = await startReplayServer({ fixturesDir: FIXTURES }));
    await copyOld('old-crawler/daily-2026-02-12.json', '2026-02-12');
    await copyOld('old-crawler/daily-2026-02-25.json', '2026-02-25');
    const dry = await fetchDay('2026-03-01', ['--dry-run']);
    expect(dry.stderr).toMatch(/^dry run: would be written _posts\/2026-02-01-monthly-papers-summary\.md \(summary of 2026-02: 2 days, 20 papers\)$/m);
    expect(await listTree(e2e.dir)).toEqual(['_data/papers/daily-2026-02-12.json', '_data/papers/daily-2026-02-25.json']);
    // 2026-03-01 has no papers: the summary comes all the same.
    const first = await fetchDay('2026-03-01', ['--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/^written _posts\/2026-02-01-monthly-papers-summary\.md \(summary of 2026-02: 2 days, 20 papers\)$/m);
    expect(JSON.parse(first.stdout)).toMatchObject({ status: 'skipped', monthly: { month: '2026-02', status: 'written', dataStatus: 'written' } });
    expect(await readFile(join(e2e.dir, '_posts/2026-02-01-monthly-papers-summary.md'), 'utf8')).toContain('- **총 좋아요 수**: 678\n');

    const again = await fetchDay('2026-03-01', ['--json']);
    expect(JSON.parse(again.stdout)).not.toHaveProperty('monthly');
    expect(again.stderr).not.toMatch(/monthly/);
    // February's own days look back at January, which has no data files.
    expect(JSON.parse((await fetchDay('2026-02-16', ['--json'])).stdout)).not.toHaveProperty('monthly');
  });

  it('validate reports file:line problems and exits 4; an unreadable post is named with its reason, exit 2', async () => {
    await mkdir(join(e2e.dir, '_posts'));
    await copyFile(join(FIXTURES, 'posts/2026-02-12-daily-papers.original.md'), join(e2e.dir, '_posts/2026-02-12-daily-papers.md'));
    const res = await runCli(['validate'], { cwd: e2e.dir });
    expect(res.code).toBe(4);
    expect(res.stdout.split('\n')[0]).toBe(
      `_posts/2026-02-12-daily-papers.md:16: "- 기관: StepFun1.24k2" looks like the old crawler's junk (run "hfdigest repair --institutions")`,
    );
    const missing = await runCli(['validate', 'nope.md'], { cwd: e2e.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.md: cannot be read \(no such file\)/);
    const folder = await runCli(['validate', '_posts'], { cwd: e2e.dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/_posts: cannot be read \(is a directory\)/);
  });

  it('monthly refuses a bad month and a month without data', async () => {
    expect((await runCli(['monthly', '--month', '2026-13'], { cwd: e2e.dir })).stderr).toMatch(/invalid month "2026-13": expected YYYY-MM/);
    const none = await runCli(['monthly', '--month', '2026-01'], { cwd: e2e.dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no data files for 2026-01 in _data\/papers/);
    await mkdir(join(e2e.dir, '_data/papers'), { recursive: true });
    await writeFile(join(e2e.dir, '_data/papers/daily-2026-01-05.json'), '{"date": "2026-01-05"');
    await writeFile(join(e2e.dir, '_data/papers/daily-2026-01-06.json'), JSON.stringify({ date: '2026-01-06', crawled_at: '', paper_count: 3, papers: [] }));
    const damaged = await runCli(['monthly', '--month', '2026-01'], { cwd: e2e.dir });
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toMatch(/^warning: _data\/papers\/daily-2026-01-05\.json skipped: not JSON$/m);
    expect(damaged.stderr).toMatch(
      /^warning: _data\/papers\/daily-2026-01-06\.json skipped: total_papers: Invalid input: expected number, received undefined$/m,
    );
  });
});

describe('an installable CLI', () => {
  let pack: { dir: string; cleanup: () => Promise<void> };
  let installed: string;
  beforeAll(async () => {
    pack = await tempDir();
    // `npm test` has built dist/ already: packing must not rebuild it while other files run the CLI.
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', pack.dir], { cwd: ROOT, encoding: 'utf8' });
    const tarball = join(pack.dir, out.trim().split('\n').at(-1)!);
    installed = join(pack.dir, 'node_modules/hfdigest');
    await mkdir(installed, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
    // What `npm install` would add beside it, without a registry or a cache: each declared dependency,
    // linked to the copy this checkout installed. An import the package does not declare fails here.
    const declared = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const name of Object.keys(declared.dependencies ?? {})) {
      await mkdir(dirname(join(pack.dir, 'node_modules', name)), { recursive: true });
      await symlink(join(ROOT, 'node_modules', name), join(pack.dir, 'node_modules', name), 'dir');
    }
  }, 60_000);
  afterAll(() => pack?.cleanup());

  it('holds only what runs, answers --help and fetches a day offline', async () => {
    const bin = join(installed, 'bin/hfdigest.js');
    const help = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help).toMatch(/Usage: hfdigest/);
    const files = await listTree(installed);
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('data/korean-tokens.json');
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('fixtures/'))).toBe(false);
    const server = (e2e.server = await startReplayServer({ fixturesDir: FIXTURES }));
    const child = spawn(process.execPath, [bin, 'fetch', '--date', '2026-02-12', '--no-cache', '--hf-url', server.url, '--arxiv-url', server.url], {
      cwd: e2e.dir,
    });
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(await listTree(e2e.dir)).toEqual(['_data/papers/daily-2026-02-12.json', '_posts/2026-02-12-daily-papers.md']);
  });
});

describe('the terminal preview', () => {
  const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
  it.skipIf(!hasScript)('fetch --dry-run on a terminal shows the preview and the changes, in colour unless NO_COLOR', async () => {
    const server = (e2e.server = await startReplayServer({ fixturesDir: FIXTURES }));
    const cmd = (env: string) =>
      `${env} ${process.execPath} ${join(ROOT, 'bin/hfdigest.js')} fetch --date 2026-02-12 --dry-run --no-cache --hf-url ${server.url} --arxiv-url ${server.url}`;
    // `script` gives the CLI a pseudo-terminal, as a person's shell would.
    const run = (env: string) =>
      new Promise<string>((resolve) => {
        const child = spawn('script', ['-qec', cmd(env), '/dev/null'], { cwd: e2e.dir, env: { PATH: process.env.PATH ?? '', HOME: e2e.dir, COLUMNS: '120' } });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.on('close', () => resolve(out));
      });
    const coloured = await run('');
    expect(coloured).toMatch(/\x1b\[1mHugging Face Daily Papers - 2026-02-12/);
    const plain = await run('NO_COLOR=1');
    expect(plain).not.toMatch(/\x1b\[/);
    expect(plain).toMatch(/^ 1\. 👍 179 {2}Step 3\.5 Flash/m);
    expect(plain).toMatch(/would be a new post/);
    expect(plain).not.toMatch(/^---$/m);
    expect(await listTree(e2e.dir)).toEqual([]);
  });
});
