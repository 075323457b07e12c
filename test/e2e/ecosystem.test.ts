import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startReplayServer } from '../../scripts/replay-server.js';
import { FIXTURES, ROOT, listTree, runCli, tempDir } from '../helpers/cli.js';
import { hfDay } from '../helpers/fixtures.js';

type Server = Awaited<ReturnType<typeof startReplayServer>>;
let server: Server;
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(async () => {
  await server?.close();
  await cleanup();
});

const fetchDay = (date: string, extra: string[] = []) =>
  runCli(['fetch', '--date', date, '--no-cache', '--hf-url', server.url, '--arxiv-url', server.url, ...extra], { cwd: dir });

describe('fetch --json', () => {
  it('summarises paths, status, papers, requests and warnings', async () => {
    server = await startReplayServer({ fixturesDir: FIXTURES });
    const first = JSON.parse((await fetchDay('2026-02-12', ['--json'])).stdout);
    expect(first).toMatchObject({
      date: '2026-02-12', dryRun: false, status: 'written', path: '_posts/2026-02-12-daily-papers.md', dataPath: '_data/papers/daily-2026-02-12.json',
      dataStatus: 'written', papers: 10, paperCount: 48, requests: { huggingface: 1, arxiv: 1 }, warnings: [],
    });
    const again = JSON.parse((await fetchDay('2026-02-12', ['--json'])).stdout);
    expect(again).toMatchObject({ status: 'unchanged', dataStatus: 'unchanged', changes: [] });
    const none = JSON.parse((await fetchDay('2026-02-15', ['--json'])).stdout);
    expect(none).toMatchObject({ status: 'skipped', reason: 'no papers' });
  });

  it('warns when the day lists far fewer papers than the same weekday did', async () => {
    server = await startReplayServer({ fixturesDir: FIXTURES, days: new Map([['2026-02-12', hfDay('2026-02-12').slice(0, 28)]]) });
    await mkdir(join(dir, '_data/papers'), { recursive: true });
    for (const [date, count] of [['2026-02-05', 48], ['2026-01-29', 51]] as const) {
      await writeFile(join(dir, `_data/papers/daily-${date}.json`), JSON.stringify({ date, crawled_at: '', paper_count: count, papers: [] }));
    }
    const res = await fetchDay('2026-02-12', ['--json']);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/warning: 2026-02-12 lists 28 papers, fewer than usual for a Thursday \(median 48 over 2 earlier weeks\)/);
    expect(JSON.parse(res.stdout).warnings[0]).toMatch(/lists 28 papers/);
  });
});

describe('monthly and validate', () => {
  it('builds the month from its data files, idempotently, and the posts validate', async () => {
    server = await startReplayServer({ fixturesDir: FIXTURES });
    for (const date of ['2026-02-12', '2026-02-16', '2026-02-25']) expect((await fetchDay(date)).code).toBe(0);
    const first = await runCli(['monthly', '--month', '2026-02'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/^written _posts\/2026-02-01-monthly-papers-summary\.md \(3 days, 30 papers\)$/m);
    const path = join(dir, '_posts/2026-02-01-monthly-papers-summary.md');
    const before = await stat(path);
    const second = await runCli(['monthly', '--month', '2026-02', '--json'], { cwd: dir });
    expect(JSON.parse(second.stdout)).toMatchObject({ status: 'unchanged', days: 3, papers: 30 });
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
    expect(await readFile(path, 'utf8')).toMatch(/^## 🔑 주요 키워드$/m);

    const valid = await runCli(['validate'], { cwd: dir });
    expect(valid.code, valid.stdout).toBe(0);
    expect(valid.stderr).toMatch(/4 posts checked, 0 problems/);
  });

  it('validate reports file:line problems and exits 4; an unreadable post is named with its reason, exit 2', async () => {
    await mkdir(join(dir, '_posts'));
    await copyFile(join(FIXTURES, 'posts/2026-02-12-daily-papers.original.md'), join(dir, '_posts/2026-02-12-daily-papers.md'));
    const res = await runCli(['validate'], { cwd: dir });
    expect(res.code).toBe(4);
    expect(res.stdout.split('\n')[0]).toBe(`_posts/2026-02-12-daily-papers.md:16: "- 기관: StepFun1.24k2" looks like the old crawler's junk (run "hfdigest repair --institutions")`);
    const missing = await runCli(['validate', 'nope.md'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.md: cannot be read \(no such file\)/);
    const folder = await runCli(['validate', '_posts'], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/_posts: cannot be read \(is a directory\)/);
  });

  it('monthly refuses a bad month and a month without data', async () => {
    expect((await runCli(['monthly', '--month', '2026-13'], { cwd: dir })).stderr).toMatch(/invalid month "2026-13": expected YYYY-MM/);
    const none = await runCli(['monthly', '--month', '2026-01'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no data files for 2026-01 in _data\/papers/);
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
    server = await startReplayServer({ fixturesDir: FIXTURES });
    const child = spawn(process.execPath, [bin, 'fetch', '--date', '2026-02-12', '--no-cache', '--hf-url', server.url, '--arxiv-url', server.url], { cwd: dir });
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(await listTree(dir)).toEqual(['_data/papers/daily-2026-02-12.json', '_posts/2026-02-12-daily-papers.md']);
  });
});

describe('the terminal preview', () => {
  const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
  it.skipIf(!hasScript)('fetch --dry-run on a terminal shows the preview and the changes, in colour unless NO_COLOR', async () => {
    server = await startReplayServer({ fixturesDir: FIXTURES });
    const cmd = (env: string) =>
      `${env} ${process.execPath} ${join(ROOT, 'bin/hfdigest.js')} fetch --date 2026-02-12 --dry-run --no-cache --hf-url ${server.url} --arxiv-url ${server.url}`;
    // `script` gives the CLI a pseudo-terminal, as a person's shell would.
    const run = (env: string) =>
      new Promise<string>((resolve) => {
        const child = spawn('script', ['-qec', cmd(env), '/dev/null'], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, COLUMNS: '120' } });
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
    expect(await listTree(dir)).toEqual([]);
  });
});
