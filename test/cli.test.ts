import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startReplayServer } from '../scripts/replay-server.js';
import { FIXTURES, listTree, runCli, tempDirEachTest } from './helpers/cli.js';
import { runMain } from './helpers/in-process.js';

let dir: string;
tempDirEachTest((d) => (dir = d));

describe('usage', () => {
  it('--help lists the commands, and fetch --help has examples and exit codes', async () => {
    const top = await runMain(['--help'], { cwd: dir });
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/fetch \[options\]/);
    const fetch = await runMain(['fetch', '--help'], { cwd: dir });
    expect(fetch.code).toBe(0);
    expect(fetch.stdout).toMatch(/\$ hfdigest fetch --date 2026-02-12/);
    expect(fetch.stdout).toMatch(/Exit codes: 0 written/);
  });

  it('--version prints the version', async () => {
    const res = await runCli(['--version']);
    expect(res).toMatchObject({ code: 0, stdout: `${JSON.parse(await readFile(join(FIXTURES, '../package.json'), 'utf8')).version}\n` });
  });

  it.each([
    [['fetch', '--date', '2026-02-30'], /invalid date "2026-02-30": no such day/],
    [['fetch', '--date', '12/02/2026'], /expected YYYY-MM-DD/],
    [['fetch', '--date', ''], /expected YYYY-MM-DD/],
    [['fetch', '--date', '2999-01-01'], /in the future/],
    [['fetch', '--top', '0'], /option '-n, --top <n>' argument '0' is invalid\. expected a whole number from 1 to 100/],
    [['fetch', '--top', 'abc'], /argument 'abc' is invalid/],
    [['fetch', '--top', '-3'], /argument '-3' is invalid/],
    [['backfill', '--from', '2026-02-01', '--to', '2026-02-02', '--concurrency', '0'], /--concurrency <n>' argument '0' is invalid/],
    [['fetch', '--timeout-ms', '5s'], /--timeout-ms <ms>' argument '5s' is invalid/],
    [['fetch', '--arxiv-url', 'ftp://x'], /--arxiv-url <url>' argument 'ftp:\/\/x' is invalid\. expected an http/],
    [['backfill', '--from', '2026-02-30', '--to', '2026-03-01'], /invalid date "2026-02-30"/],
    [['monthly', '--month', '02/2026'], /invalid month "02\/2026": expected YYYY-MM/],
    [['repair', 'no-such-post.md'], /no-such-post\.md: error: no such file/],
    [['fetch', '--hf-url', 'nope'], /--hf-url <url>' argument 'nope' is invalid\. not a URL/],
    [['fetch', '--bogus'], /unknown option '--bogus'/],
    [['fetsh'], /unknown command 'fetsh'/],
    [['fetch', '--config', 'missing.json'], /config file missing\.json cannot be read \(no such file\)/],
  ])('%j exits 2 with one clear line and writes nothing', async (args, message) => {
    // No server listens on port 9: a run that got past validation would fail with exit 3, not 2.
    const res = await runMain(args, { cwd: dir, env: { HFDIGEST_HF_URL: 'http://127.0.0.1:9', HFDIGEST_ARXIV_URL: 'http://127.0.0.1:9' } });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
    expect(res.stderr).not.toMatch(/\n\s+at /);
    expect(await listTree(dir)).toEqual([]);
  });

  it('rejects a config file that is not JSON', async () => {
    await writeFile(join(dir, 'c.json'), 'author: kim');
    const res = await runMain(['fetch', '--config', 'c.json'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^hfdigest: config file c\.json is not valid JSON: /m);
  });

  it('rejects a config file with wrong types as path: message', async () => {
    await writeFile(join(dir, 'c.json'), '{"top": "ten", "tags": [1]}');
    const res = await runMain(['fetch', '--config', 'c.json'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/config file c\.json: .*top: Invalid input/);
    expect(res.stderr).toMatch(/tags\.0: Invalid input/);
  });

  it('refuses a --posts-dir that is a regular file and leaves it alone', async () => {
    await writeFile(join(dir, 'posts'), 'mine');
    const res = await runMain(['fetch', '--posts-dir', 'posts', '--hf-url', 'http://127.0.0.1:9'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/--posts-dir posts is not a directory/);
    expect(await readFile(join(dir, 'posts'), 'utf8')).toBe('mine');
  });
});

describe('the environment', () => {
  it('supplies a URL the flags leave out, is checked like a flag, and yields to a flag', async () => {
    const server = await startReplayServer({ fixturesDir: FIXTURES });
    try {
      const env = { HFDIGEST_HF_URL: server.url, HFDIGEST_ARXIV_URL: server.url, HFDIGEST_ARXIV_INTERVAL_MS: '0' };
      const ok = await runCli(['fetch', '--date', '2026-02-12', '--no-cache', '--dry-run'], { cwd: dir, env });
      expect(ok.code, ok.stderr).toBe(0);
      expect(server.requests.map((r) => r.path)).toEqual(['/api/daily_papers', '/api/query']);
      const bad = await runCli(['fetch', '--dry-run'], { cwd: dir, env: { ...env, HFDIGEST_HF_URL: 'nope' } });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/'--hf-url <url>' value 'nope' from env 'HFDIGEST_HF_URL' is invalid/);
      // Nothing listens on port 9: the run succeeds only if the flag wins.
      const flag = await runCli(['fetch', '--date', '2026-02-12', '--no-cache', '--dry-run', '--hf-url', server.url], {
        cwd: dir,
        env: { ...env, HFDIGEST_HF_URL: 'http://127.0.0.1:9' },
      });
      expect(flag.code, flag.stderr).toBe(0);
    } finally {
      await server.close();
    }
  });
});

describe('upstream failure', () => {
  it('exits 3 with one line, writes nothing, and keeps an existing post byte for byte', async () => {
    const server = await startReplayServer({
      fixturesDir: FIXTURES,
      fault: (_req: unknown, url: URL, res: import('node:http').ServerResponse) => {
        if (url.pathname.startsWith('/api/daily_papers')) res.writeHead(404).end('gone');
        else res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><h1>Down for maintenance</h1></body></html>');
        return true;
      },
    });
    try {
      await mkdir(join(dir, '_posts'));
      const mine = '---\ntitle: hand-edited\n---\n\nkeep me\n';
      await writeFile(join(dir, '_posts', '2026-02-12-daily-papers.md'), mine);
      const res = await runCli(['fetch', '--date', '2026-02-12', '--hf-url', server.url, '--arxiv-url', server.url], { cwd: dir });
      expect(res.code).toBe(3);
      expect(res.stderr.trim().split('\n').at(-1)).toMatch(
        /^hfdigest: could not read the papers of 2026-02-12 from Hugging Face: API HTTP 404; HTML page the page has no DailyPapers data$/,
      );
      expect(await listTree(dir)).toEqual(['_posts/2026-02-12-daily-papers.md']);
      expect(await readFile(join(dir, '_posts', '2026-02-12-daily-papers.md'), 'utf8')).toBe(mine);
    } finally {
      await server.close();
    }
  });
});
