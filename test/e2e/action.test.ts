import { execFileSync, spawn } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startReplayServer } from '../../scripts/replay-server.js';
import { FIXTURES, ROOT, tempDir } from '../helpers/cli.js';
import { hfDay } from '../helpers/fixtures.js';

/**
 * action/publish.sh, the shell half of action.yml, run as the action runs it: in a clone of a blog whose
 * `origin` is a local bare repository, with the built hfdigest fetching from the replay server, and a
 * stand-in `gh` on PATH that logs each call with the remote's head at that moment.
 */

const SCRIPT = join(ROOT, 'action', 'publish.sh');
const POST = '_posts/2026-02-12-daily-papers.md';
const DATA = '_data/papers/daily-2026-02-12.json';
const BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>';

type Server = Awaited<ReturnType<typeof startReplayServer>>;
let server: Server | undefined;
let root: string;
let cleanup: () => Promise<void>;
let env: Record<string, string>;

const remote = () => join(root, 'remote.git');
const blog = () => join(root, 'blog');
const ghLog = () => join(root, 'gh.log');

/** git with the test's environment only: no system or user config of this machine. */
const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const remoteGit = (...args: string[]) => git(remote(), ...args);

async function startServer(days?: Map<string, unknown[]>) {
  server = await startReplayServer({ fixturesDir: FIXTURES, ...(days ? { days } : {}) });
  Object.assign(env, { HFDIGEST_HF_URL: server.url, HFDIGEST_ARXIV_URL: server.url });
}

/** Runs the script in the blog with `inputs` as the action passes them. */
function publish(inputs: Record<string, string>, cwd = blog()): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [SCRIPT], { cwd, env: { ...env, INPUT_DEPLOY_WORKFLOW: 'pages-deploy.yml', ...inputs }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** Each call of the stand-in gh: its arguments, then the sha the remote's main had when it was called. */
const deploys = async (): Promise<string[]> => (await readFile(ghLog(), 'utf8').catch(() => '')).split('\n').filter(Boolean);

/** Commits on the remote's main, newest first, as "author: subject". */
const remoteLog = () => remoteGit('log', '--format=%an: %s', 'main').split('\n');

/** A clone of the remote with a committer identity, standing for a person or another job. */
function otherClone(): string {
  const dir = join(root, `other-${Math.random().toString(36).slice(2)}`);
  git(root, 'clone', '-q', remote(), dir);
  git(dir, 'config', 'user.name', 'Someone Else');
  git(dir, 'config', 'user.email', 'someone@example.com');
  return dir;
}

/** Writes `files` in a fresh clone, commits and pushes them. */
async function pushFromElsewhere(message: string, files: Record<string, string>): Promise<void> {
  const dir = otherClone();
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  git(dir, 'push', '-q', 'origin', 'main');
}

beforeEach(async () => {
  ({ dir: root, cleanup } = await tempDir());
  const home = join(root, 'home');
  const bin = join(root, 'bin');
  await mkdir(home);
  await mkdir(bin);
  await writeFile(join(bin, 'gh'), `#!/bin/sh\necho "$* $(git ls-remote origin refs/heads/main | cut -f1)" >> '${ghLog()}'\n`);
  await chmod(join(bin, 'gh'), 0o755);
  env = {
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    NO_COLOR: '1',
    HFDIGEST_CACHE_DIR: join(root, 'cache'),
    HFDIGEST_ARXIV_INTERVAL_MS: '0',
  };
  // The blog as it is on GitHub: a site with an empty _posts, on main.
  git(root, 'init', '-q', '--bare', '-b', 'main', remote());
  await pushFromElsewhere('A Jekyll site', { '_config.yml': 'title: A blog\n', '_posts/.keep': '' });
  // The job's checkout as actions/checkout makes it: one commit deep, no committer identity of its own.
  git(root, 'clone', '-q', '--depth', '1', `file://${remote()}`, blog());
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await cleanup();
});

describe('the action (action/publish.sh) against a local remote', () => {
  it('commits and pushes the post and data file once, starts the deploy once, and a rerun commits and deploys nothing', async () => {
    await startServer();
    const first = await publish({ INPUT_DATE: '2026-02-12' });
    expect(first.code, first.out).toBe(0);
    expect(remoteLog()).toEqual([`github-actions[bot]: Daily papers 2026-02-12`, 'Someone Else: A Jekyll site']);
    expect(remoteGit('log', '-1', '--format=%an <%ae>', 'main')).toBe(BOT);
    expect(remoteGit('show', '--name-only', '--format=', 'main').split('\n').sort()).toEqual([DATA, POST]);
    expect(remoteGit('show', `main:${POST}`)).toMatch(/^1\. \*\*Step 3\.5 Flash: .*\*\* - 👍 179$/m);
    const head = remoteGit('rev-parse', 'main');
    expect(await deploys()).toEqual([`workflow run pages-deploy.yml --ref main ${head}`]);
    expect(git(blog(), 'status', '--porcelain')).toBe('');

    const rerun = await publish({ INPUT_DATE: '2026-02-12' });
    expect(rerun.code, rerun.out).toBe(0);
    expect(rerun.out).toMatch(/nothing to commit, nothing to deploy/);
    expect(remoteGit('rev-parse', 'main')).toBe(head);
    expect(await deploys()).toHaveLength(1);
  });

  it('rebases onto a commit pushed meanwhile, pushes, and starts the deploy once more', async () => {
    const days = new Map([['2026-02-12', hfDay('2026-02-12')]]);
    await startServer(days);
    expect((await publish({ INPUT_DATE: '2026-02-12' })).code).toBe(0);
    // Someone edits the blog between the morning run and the evening refresh, whose clone predates it.
    await pushFromElsewhere('About page', { 'about.md': 'About\n' });
    days.get('2026-02-12')![0].paper.upvotes = 500;

    const evening = await publish({ INPUT_DATE: '2026-02-12' });
    expect(evening.code, evening.out).toBe(0);
    expect(remoteLog()).toEqual([
      'github-actions[bot]: Daily papers 2026-02-12',
      'Someone Else: About page',
      'github-actions[bot]: Daily papers 2026-02-12',
      'Someone Else: A Jekyll site',
    ]);
    expect(remoteGit('rev-list', '--merges', 'main')).toBe('');
    expect(remoteGit('show', 'main:about.md')).toBe('About');
    expect(remoteGit('show', `main:${POST}`)).toMatch(/ - 👍 500$/m);
    const [morning, evening2] = [remoteGit('rev-parse', 'main~2'), remoteGit('rev-parse', 'main')];
    expect(await deploys()).toEqual([`workflow run pages-deploy.yml --ref main ${morning}`, `workflow run pages-deploy.yml --ref main ${evening2}`]);
  });

  it('retries a push that lost a race after its pull, and deploys once', async () => {
    await startServer();
    const racer = otherClone();
    // Pushes from another clone while the blog's push is under way, once: the remote refuses the blog's
    // push because main moved after the push read it.
    await writeFile(
      join(blog(), '.git', 'hooks', 'pre-push'),
      `#!/bin/sh\nif [ ! -e '${root}/raced' ]; then touch '${root}/raced'; cd '${racer}' && git commit -q --allow-empty -m 'Race' && git push -q origin main; fi\n`,
    );
    await chmod(join(blog(), '.git', 'hooks', 'pre-push'), 0o755);

    const run = await publish({ INPUT_DATE: '2026-02-12' });
    expect(run.code, run.out).toBe(0);
    expect(run.out).toMatch(/push to main failed \(attempt 1 of 5\)/);
    expect(remoteLog()).toEqual(['github-actions[bot]: Daily papers 2026-02-12', 'Someone Else: Race', 'Someone Else: A Jekyll site']);
    expect(await deploys()).toEqual([`workflow run pages-deploy.yml --ref main ${remoteGit('rev-parse', 'main')}`]);
  });

  it('with an empty deploy-workflow pushes and starts nothing', async () => {
    await startServer();
    const run = await publish({ INPUT_DATE: '2026-02-12', INPUT_DEPLOY_WORKFLOW: '' });
    expect(run.code, run.out).toBe(0);
    expect(remoteLog()).toHaveLength(2);
    expect(await deploys()).toEqual([]);
  });
});

describe('the monthly summary in the action', () => {
  const SUMMARY = '_posts/2026-02-01-monthly-papers-summary.md';
  const STALE = 'stale summary\n';

  it("rewrites the previous month's summary on the first of a month, and leaves it alone on other days", async () => {
    await startServer();
    expect((await publish({ INPUT_DATE: '2026-02-12' })).code).toBe(0);
    // A summary that is there but out of date: neither day's fetch counts it as missing.
    await pushFromElsewhere('An old summary', { [SUMMARY]: STALE, '_data/papers/monthly-2026-02.json': STALE });
    git(blog(), 'pull', '-q', '--rebase', 'origin', 'main');

    const second = await publish({ INPUT_DATE: '2026-03-02' });
    expect(second.code, second.out).toBe(0);
    expect(await readFile(join(blog(), SUMMARY), 'utf8')).toBe(STALE);

    const first = await publish({ INPUT_DATE: '2026-03-01' });
    expect(first.code, first.out).toBe(0);
    const summary = remoteGit('show', `main:${SUMMARY}`);
    expect(summary).not.toBe(STALE.trim());
    expect(summary).toMatch(/2026년 2월/);
    expect(summary).toMatch(/\*\*Step 3\.5 Flash: .*\*\* - 👍 179/);
    expect(remoteLog()[0]).toBe('github-actions[bot]: Daily papers 2026-03-01');
    expect(await deploys()).toHaveLength(2);
  });

  it('on the first of January sums up December of the year before', async () => {
    // The recorded listing, served as a December day.
    await startServer(new Map([['2025-12-12', hfDay('2026-02-12')]]));
    expect((await publish({ INPUT_DATE: '2025-12-12' })).code).toBe(0);
    const run = await publish({ INPUT_DATE: '2026-01-01' });
    expect(run.code, run.out).toBe(0);
    expect(remoteGit('show', 'main:_posts/2025-12-01-monthly-papers-summary.md')).toMatch(/2025년 12월/);
  });

  it("a failing summary holds back neither the day's post nor its deploy, and turns the job red", async () => {
    await startServer(new Map([['2026-03-01', hfDay('2026-02-12')]]));
    await pushFromElsewhere('A damaged data file', { '_data/papers/daily-2026-02-27.json': '{"date": "2026-02-27", "papers": [' });
    git(blog(), 'pull', '-q', '--rebase', 'origin', 'main');
    const run = await publish({ INPUT_DATE: '2026-03-01' });
    expect(run.code, run.out).toBe(1);
    expect(run.out).toMatch(/::error::hfdigest monthly --month 2026-02 failed/);
    expect(remoteLog()[0]).toBe('github-actions[bot]: Daily papers 2026-03-01');
    expect(remoteGit('show', '--name-only', '--format=', 'main').split('\n').sort()).toEqual([
      '_data/papers/daily-2026-03-01.json',
      '_posts/2026-03-01-daily-papers.md',
    ]);
    expect(await deploys()).toHaveLength(1);
  });

  it('on the first of a month without data for the month before, writes no summary and the job stays green', async () => {
    await startServer();
    const run = await publish({ INPUT_DATE: '2026-03-01' });
    expect(run.code, run.out).toBe(0);
    expect(run.out).toMatch(/no daily data files for 2026-02/);
    expect(remoteLog()).toEqual(['Someone Else: A Jekyll site']);
    expect(await deploys()).toEqual([]);
  });
});
