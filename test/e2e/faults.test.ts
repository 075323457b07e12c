import { createRequire } from 'node:module';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startReplayServer } from '../../scripts/replay-server.js';
import { FIXTURES, listTree, runCli, tempDir } from '../helpers/cli.js';

const require = createRequire(import.meta.url);
type Fault = (req: IncomingMessage, url: URL, res: ServerResponse) => boolean | Promise<boolean>;
type Server = Awaited<ReturnType<typeof startReplayServer>>;

const DATE = '2026-02-12';
const HAND_EDITED = '---\ntitle: Hugging Face Daily Papers - 2026-02-12\n---\n\nA note I wrote by hand.\n';
let dir: string;
let cleanup: () => Promise<void>;
let server: Server | undefined;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  await mkdir(join(dir, '_posts'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await cleanup();
});

const post = () => join(dir, '_posts', `${DATE}-daily-papers.md`);
const api = (url: URL) => url.pathname === '/api/daily_papers';
const page = (url: URL) => url.pathname.startsWith('/papers/date/');

/** A fault for the first `times` requests that `match`, after which the server answers normally. */
function first(times: number, match: (url: URL) => boolean, act: (res: ServerResponse) => void): Fault {
  let left = times;
  return (_req, url, res) => {
    if (!match(url) || left === 0) return false;
    left -= 1;
    act(res);
    return true;
  };
}

const always = (match: (url: URL) => boolean, act: (res: ServerResponse) => void): Fault => first(Infinity, match, act);

const status =
  (code: number, body = 'error', headers: Record<string, string> = {}) =>
  (res: ServerResponse) =>
    res.writeHead(code, { 'content-type': 'text/plain', ...headers }).end(body);
const hang = () => undefined;
const halfBody = (res: ServerResponse) => {
  const body = readFileSyncCached();
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.write(body.slice(0, body.length / 2));
  setTimeout(() => res.socket?.destroy(), 20);
};

let cachedBody: string | undefined;
function readFileSyncCached(): string {
  cachedBody ??= require('node:fs').readFileSync(join(FIXTURES, 'hf/daily_papers-2026-02-12.json'), 'utf8');
  return cachedBody!;
}

async function fetchWith(...faults: Fault[]) {
  server = await startReplayServer({
    fixturesDir: FIXTURES,
    fault: async (req: IncomingMessage, url: URL, res: ServerResponse) => {
      for (const f of faults) if (await f(req, url, res)) return true;
      return false;
    },
  });
  const started = Date.now();
  const res = await runCli(
    ['fetch', '--date', DATE, '--no-cache', '--timeout-ms', '400', '--arxiv-interval-ms', '0', '--hf-url', server.url, '--arxiv-url', server.url],
    { cwd: dir },
  );
  return { ...res, ms: Date.now() - started, paths: server.requests.map((r) => r.path) };
}

const written = async () => expect(await readFile(post(), 'utf8')).toMatch(/^1\. \*\*Step 3\.5 Flash: .*\*\* - 👍 179$/m);
const noTempFiles = async () => expect((await listTree(dir)).filter((f) => f.includes('.tmp'))).toEqual([]);

// The whole fault matrix runs in test/sources/retries.test.ts over a MockAgent; these are the cases
// that need a real socket (a timeout, a body cut short) or the whole CLI (exit code, files on disk).
describe('retried to success', () => {
  it.each([
    ['a hang longer than the timeout', first(1, api, hang)],
    ['a body cut in half', first(1, api, halfBody)],
  ])('%s', async (_name, fault) => {
    const res = await fetchWith(fault);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).not.toMatch(/warning/);
    expect(res.paths.filter((p) => p === '/api/daily_papers').length).toBeGreaterThan(1);
    expect(res.paths).not.toContain('/papers/date/2026-02-12');
    await written();
    await noTempFiles();
  });

  it('429 with Retry-After waits as long as it says', async () => {
    const res = await fetchWith(first(1, api, status(429, 'slow down', { 'retry-after': '2' })));
    expect(res.code).toBe(0);
    const [a, b] = server!.requests.filter((r) => r.path === '/api/daily_papers');
    expect(b!.start - a!.start).toBeGreaterThanOrEqual(1900);
    await written();
  });

  it('an exhausted RateLimit window holds the next Hugging Face request until it resets', async () => {
    let sent = false;
    const res = await fetchWith((_req, url, res) => {
      if (!api(url) || sent) return false;
      sent = true;
      res.writeHead(200, { 'content-type': 'application/json', ratelimit: '"api";r=0;t=2', 'ratelimit-policy': '"fixed window";"api";q=500;w=300' });
      res.end('{"not": "a list"}');
      return true;
    });
    expect(res.code).toBe(0);
    const [first, next] = server!.requests;
    expect(next!.path).toBe('/papers/date/2026-02-12');
    expect(next!.start - first!.start).toBeGreaterThanOrEqual(1900);
  });
});

describe('fails cleanly, nothing lost', () => {
  it('both keep answering 5xx → exit 3', async () => {
    await writeFile(post(), HAND_EDITED);
    const res = await fetchWith(always((u) => api(u) || page(u), status(500)));
    expect(res.code).toBe(3);
    const lines = res.stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^hfdigest: could not read the papers of 2026-02-12 from Hugging Face: API .*; HTML page .*$/);
    expect(res.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(post(), 'utf8')).toBe(HAND_EDITED);
    expect(await listTree(dir)).toEqual(['_posts/2026-02-12-daily-papers.md']);
    expect(res.paths).not.toContain('/api/query');
  });
});

describe('two runs at once', () => {
  it('leave exactly one valid post and no temp file', async () => {
    server = await startReplayServer({ fixturesDir: FIXTURES, latencyMs: 150 });
    const args = ['fetch', '--date', DATE, '--no-cache', '--arxiv-interval-ms', '0', '--hf-url', server.url, '--arxiv-url', server.url];
    const [a, b] = await Promise.all([runCli(args, { cwd: dir }), runCli(args, { cwd: dir })]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(await listTree(dir)).toEqual(['_data/papers/daily-2026-02-12.json', '_posts/2026-02-12-daily-papers.md']);
    const single = await runCli([...args, '--dry-run'], { cwd: dir });
    expect(await readFile(post(), 'utf8')).toBe(single.stdout);
    JSON.parse(await readFile(join(dir, '_data/papers/daily-2026-02-12.json'), 'utf8'));
  });
});

describe('HF_TOKEN', () => {
  it('is sent to Hugging Face and not to arXiv', async () => {
    server = await startReplayServer({ fixturesDir: FIXTURES });
    const token = 'hf_SECRETtoken123';
    const res = await runCli(['fetch', '--date', DATE, '--no-cache', '--arxiv-interval-ms', '0', '--hf-url', server.url, '--arxiv-url', server.url], {
      cwd: dir,
      env: { HF_TOKEN: token },
    });
    expect(res.code, res.stderr).toBe(0);
    const sent = server.requests.map((r) => [r.path, r.headers.authorization]);
    expect(sent).toEqual([
      ['/api/daily_papers', `Bearer ${token}`],
      ['/api/query', undefined],
    ]);
  });

  it('is never printed, even with --verbose on failure', async () => {
    server = await startReplayServer({ fixturesDir: FIXTURES, fault: always((u) => api(u) || page(u), status(404)) });
    const token = 'hf_SECRETtoken123';
    const res = await runCli(['fetch', '--date', DATE, '--verbose', '--no-cache', '--hf-url', server.url, '--arxiv-url', server.url], {
      cwd: dir,
      env: { HF_TOKEN: token },
    });
    expect(res.code).toBe(3);
    expect(res.stderr).toMatch(/\n\s+at /); // --verbose shows the stack
    expect(res.stdout + res.stderr).not.toContain(token);
    for (const r of server.requests) expect(r.headers.authorization).toBe(`Bearer ${token}`);
  });
});
