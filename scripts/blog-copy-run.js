// `repair --institutions` then `validate` on a temporary copy of fixtures/blog-copy/, twice, against
// the replay server (LATENCY ms per answer): prints what was fixed, what was asked, and wall times.
// Run after `npm run build`:  node scripts/blog-copy-run.js [latencyMs=0]
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blogCopyUpstream } from './blog-copy.js';
import { startReplayServer } from './replay-server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'fixtures');
const latencyMs = Number(process.argv[2] ?? 0);

const run = (args, cwd) =>
  new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'hfdigest.js'), ...args], { cwd, env: { PATH: process.env.PATH, HOME: cwd } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });

const { days, papers, entries } = blogCopyUpstream(FIXTURES);
const server = await startReplayServer({ days, papers, entries, latencyMs });
const dir = await mkdtemp(join(tmpdir(), 'hfdigest-blog-'));
await cp(join(FIXTURES, 'blog-copy/_posts'), join(dir, '_posts'), { recursive: true });
const posts = (await readdir(join(dir, '_posts'))).sort().map((n) => `_posts/${n}`);

const kinds = (from) => {
  const made = server.requests.slice(from);
  return {
    listings: made.filter((r) => r.path === '/api/daily_papers').length,
    byId: made.filter((r) => r.path.startsWith('/api/papers/')).length,
    other: made.filter((r) => !r.path.startsWith('/api/')).length,
  };
};
try {
  const validateBefore = await run(['validate', '--posts-dir', '_posts'], dir);
  for (const pass of ['first run', 'rerun']) {
    const from = server.requests.length;
    const repair = await run(['repair', '--institutions', '--json', '--hf-url', server.url, ...posts], dir);
    const report = JSON.parse(repair.stdout);
    const changed = report.files.filter((f) => f.status === 'changed').length;
    const titles = report.files.reduce((n, f) => n + (f.titlesJoined ?? 0), 0);
    console.log(`${pass}: exit ${repair.code}, ${repair.seconds.toFixed(2)} s, ${posts.length} posts, ${changed} changed, ${titles} titles joined`);
    console.log(`  기관 lines: ${report.institutions.set} set, ${report.institutions.removed} removed, ${report.institutions.left} left`);
    console.log(`  requests: ${JSON.stringify(kinds(from))}`);
    for (const line of repair.stderr.split('\n').filter((l) => l.includes('left as it is'))) console.log(`  ${line}`);
  }
  const validateAfter = await run(['validate', '--posts-dir', '_posts'], dir);
  console.log(`validate before: ${validateBefore.stderr.trim()}; after: ${validateAfter.stderr.trim()}`);
  console.log(validateAfter.stdout.trim());
} finally {
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
