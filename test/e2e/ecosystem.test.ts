import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdir, readFile, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayServer } from '../../scripts/replay-server.js';
import { workspaceEachTest, FIXTURES, listTree, ROOT, runCli, tempDir } from '../helpers/cli.js';

const e2e = workspaceEachTest();

const _fetchDay = (date: string, extra: string[] = []) =>
  runCli(['fetch', '--date', date, '--no-cache', '--hf-url', e2e.server!.url, '--arxiv-url', e2e.server!.url, ...extra], { cwd: e2e.dir });

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
