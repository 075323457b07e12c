// `npm run bench`: offline benchmark against the replay server with injected latency. Prints a table.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticDay } from './fixture-shapes.js';
import { benchRepair } from './bench-repair.js';
import { loadFixtures, startReplayServer } from './replay-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const LATENCY = Number(process.env.BENCH_LATENCY_MS ?? 300);
const BACKFILL_DAYS = Number(process.env.BENCH_DAYS ?? 365);
const ARXIV_INTERVAL = Number(process.env.BENCH_ARXIV_INTERVAL_MS ?? 500);
const CONCURRENCY = 4;

function run(args, { cwd = root, env = {} } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, ms: performance.now() - started, stderr }));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function medianMs(args, n = 9) {
  const times = [];
  for (let i = 0; i < n; i += 1) times.push((await run(args)).ms);
  return median(times);
}

/** Where a run reads from and caches in: the replay server, and `dir`. */
const sources = (server, dir) => ['--hf-url', server.url, '--arxiv-url', server.url, '--cache-dir', join(dir, 'cache')];

const rows = [];
const row = (what, measured, floor, note) => rows.push({ what, measured, floor, note });
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;

// Start-up.
const bare = await medianMs(['-e', '0']);
const version = await medianMs([join(root, 'bin/hfdigest.js'), '--version']);
const help = await medianMs([join(root, 'bin/hfdigest.js'), '--help']);
row('start-up `--version`', fmt(version), fmt(bare), `${(version / bare).toFixed(2)}× bare \`node -e 0\``);
row('start-up `--help`', fmt(help), fmt(bare), `${(help / bare).toFixed(2)}× bare node`);

// What a fetch loads before its first request: its modules, and the packages among them alone.
{
  const load = (specifiers) => ['--input-type=module', '-e', specifiers.map((m) => `await import(${JSON.stringify(m)});`).join('')];
  const fetchModules = await medianMs(load([join(root, 'dist/commands/fetch.js')]));
  const packages = await medianMs(load(['undici', 'zod', 'cheerio/slim', 'yaml', 'p-limit', 'commander']));
  row(
    "loading `fetch`'s modules",
    fmt(fetchModules),
    fmt(bare),
    `${fmt(fetchModules - bare)} over bare node, of which the packages (undici, zod, cheerio/slim, yaml, p-limit, commander) ${fmt(packages - bare)}`,
  );
}

// Cold and warm fetch of one day.
{
  const server = await startReplayServer({ fixturesDir: join(root, 'fixtures'), latencyMs: LATENCY });
  const dir = mkdtempSync(join(tmpdir(), 'hfdigest-bench-'));
  const args = [join(root, 'bin/hfdigest.js'), 'fetch', '--date', '2026-02-12', ...sources(server, dir)];
  const cold = [];
  const warm = [];
  const bareNow = [];
  // Cold (nothing on disk), warm and bare node runs in turn, so that the floors see the same machine;
  // the medians of nine each.
  for (let i = 0; i < 9; i += 1) {
    for (const made of ['cache', '_posts', '_data']) rmSync(join(dir, made), { recursive: true, force: true });
    server.state.requests.length = 0;
    cold.push({ ...(await run(args, { cwd: dir })), requests: server.requests.length });
    server.state.requests.length = 0;
    warm.push({ ...(await run(args, { cwd: dir })), requests: server.requests.length });
    bareNow.push((await run(['-e', '0'])).ms);
  }
  const coldMs = median(cold.map((r) => r.ms));
  const warmMs = median(warm.map((r) => r.ms));
  const start = median(bareNow);
  row(
    'cold `fetch` (1 day)',
    `${fmt(coldMs)}, ${cold[0].requests} requests`,
    `${fmt(2 * LATENCY + start)}, 2 requests`,
    `${(coldMs / (2 * LATENCY + start)).toFixed(3)}× floor (target ≤ 1.35×)`,
  );
  row(
    'warm `fetch` (1 day)',
    `${fmt(warmMs)}, ${warm[0].requests} request${warm[0].requests === 1 ? '' : 's'}`,
    `${fmt(LATENCY + start)}, 1 request`,
    `${(warmMs / (LATENCY + start)).toFixed(2)}× floor`,
  );
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

// A year of backfill over synthetic days built from the recorded ones.
{
  const real = ['2026-02-12', '2026-02-16', '2026-02-25'].flatMap((d) => JSON.parse(readFileSync(join(root, `fixtures/hf/daily_papers-${d}.json`), 'utf8')));
  const { entries } = loadFixtures(join(root, 'fixtures'));
  const days = new Map();
  let papers = 0;
  for (let i = 0; i < BACKFILL_DAYS; i += 1) {
    const date = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
    const items = syntheticDay(date, 30 + ((i * 7) % 31), real);
    days.set(date, items);
    papers += items.length;
    for (const it of items)
      entries.set(
        it.paper.id,
        `  <entry>\n    <id>http://arxiv.org/abs/${it.paper.id}v1</id>\n    <title>${it.paper.id}</title>\n    <summary>${it.paper.summary.replace(/[<&]/g, ' ')}</summary>\n  </entry>`,
      );
  }
  const server = await startReplayServer({ days, entries, latencyMs: LATENCY });
  const dir = mkdtempSync(join(tmpdir(), 'hfdigest-bench-'));
  const last = [...days.keys()].at(-1);
  const rssFile = join(dir, 'rss');
  const res = await run(
    [
      '--import',
      join(root, 'scripts/rss-probe.js'),
      join(root, 'bin/hfdigest.js'),
      'backfill',
      '--from',
      '2025-01-01',
      '--to',
      last,
      ...sources(server, dir),
      '--arxiv-interval-ms',
      String(ARXIV_INTERVAL),
      '--concurrency',
      String(CONCURRENCY),
    ],
    { cwd: dir, env: { HFDIGEST_RSS_FILE: rssFile } },
  );
  if (res.code !== 0) throw new Error(`backfill failed: ${res.stderr}`);
  const hf = server.requests.filter((r) => r.path === '/api/daily_papers').length;
  const ax = server.requests.filter((r) => r.path === '/api/query').length;
  const hfFloor = (hf / CONCURRENCY) * LATENCY;
  const axFloor = ax * ARXIV_INTERVAL;
  const floor = Math.max(hfFloor, axFloor) + bare;
  const rss = Number(readFileSync(rssFile, 'utf8')) / 2 ** 20;
  row(
    `backfill ${BACKFILL_DAYS} days (${papers} papers)`,
    `${fmt(res.ms)}, ${hf} HF + ${ax} arXiv requests`,
    fmt(floor),
    `${(res.ms / floor).toFixed(2)}× floor = max(${hf}/${CONCURRENCY}×${LATENCY} ms, ${ax}×${ARXIV_INTERVAL} ms) + start-up (target ≤ 1.2×)`,
  );
  row('backfill peak RSS', `${rss.toFixed(0)} MB`, '', 'target < 200 MB');
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

{
  const r = await benchRepair();
  const ftfy = r.ftfy.error
    ? `ftfy not measured (${r.ftfy.error})`
    : `ftfy ${r.ftfy.version} \`fix_encoding\` on the same posts: ${r.ftfy.MBps.toFixed(2)} MB/s, ${r.ftfy.exact} of ${r.documents} exactly the original: ${(r.garbledMBps / r.ftfy.MBps).toFixed(1)}× (target ≥ 10×)`;
  row(
    `repair, ${r.documents} garbled posts (${r.garbledMB.toFixed(1)} MB)`,
    `${r.garbledMBps.toFixed(2)} MB/s, ${r.exact} of ${r.documents} exactly the original`,
    r.ftfy.error ? '' : `ftfy: ${r.ftfy.MBps.toFixed(2)} MB/s`,
    ftfy,
  );
  row(
    'repair, first sight and fast path',
    `${r.distinctMBps.toFixed(2)} MB/s`,
    '',
    `${r.distinct} distinct garbled posts in a fresh process; clean posts (fast path): ${r.cleanMBps.toFixed(0)} MB/s; Korean model built once in ${r.modelMs.toFixed(0)} ms`,
  );
}

console.log(
  `hfdigest benchmark: latency ${LATENCY} ms per response; node ${process.version}; ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}; ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
);
console.log('');
console.log('| what | measured | floor | |');
console.log('| --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.what} | ${r.measured} | ${r.floor} | ${r.note} |`);
