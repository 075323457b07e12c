// How `repair --institutions` fares over a large blog: N old daily posts with junk 기관 lines, a
// Hugging Face stand-in answering every request after LATENCY ms. Prints the exit code, failures,
// wall time and requests per kind. Run after `npm run build`:
//   node scripts/repair-many.js [posts=450] [latencyMs=300] [bin=bin/hfdigest.js] [more repair flags...]
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticDay } from './fixture-shapes.js';
import { startReplayServer } from './replay-server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [posts = 450, latencyMs = 300] = process.argv.slice(2, 4).map(Number);
const bin = resolve(process.argv[4] ?? join(ROOT, 'bin', 'hfdigest.js'));

const real = JSON.parse(await readFile(join(ROOT, 'fixtures/hf/daily_papers-2026-02-12.json'), 'utf8'));
const day = (i) => new Date(Date.UTC(2024, 10, 1) + i * 86_400_000).toISOString().slice(0, 10);
const days = new Map(Array.from({ length: posts }, (_, i) => [day(i), syntheticDay(day(i), 12, real)]));

const dir = await mkdtemp(join(tmpdir(), 'hfdigest-many-'));
const files = [];
for (const [date, items] of days) {
  const entries = items.slice(0, 10).map((it, k) => {
    const org = it.paper.organization?.fullname;
    const junk = org ? `${org}${k + 1}` : `·${it.paper.authors.length} authors${k + 1}`;
    return `${k + 1}. **${it.paper.title.replace(/\s+/g, ' ')}** - 👍 ${100 - k}\n   - 기관: ${junk}\n   - [HF 페이지](https://huggingface.co/papers/${it.paper.id})\n   - [논문 링크](https://arxiv.org/abs/${it.paper.id})\n   - Abstract: ${it.paper.summary.replace(/\s+/g, ' ')}\n`;
  });
  const name = `${date}-daily-papers.md`;
  const front = `---\ntitle: Hugging Face Daily Papers - ${date}\ndate: ${date} 09:15:00 +0900\ncategories: [Daily Papers, 일간]\ntags: [huggingface, papers, daily, ai]\nauthor: lim4349\n---\n\n`;
  await writeFile(
    join(dir, name),
    `${front}# Hugging Face Daily Papers - ${date}\n\n총 **10개**의 논문이 수집되었습니다.\n\n## 📊 좋아요 순위\n\n${entries.join('\n')}`,
  );
  files.push(name);
}

const server = await startReplayServer({ days, latencyMs });
const started = performance.now();
const { code, stderr } = await new Promise((resolve) => {
  const child = spawn(process.execPath, [bin, 'repair', '--institutions', '--hf-url', server.url, ...process.argv.slice(5), ...files], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: dir },
  });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  child.on('close', (c) => resolve({ code: c, stderr: err }));
});
const seconds = (performance.now() - started) / 1000;
await server.close();
await rm(dir, { recursive: true, force: true });

const kinds = {};
for (const r of server.requests)
  kinds[r.path.startsWith('/api/papers/') ? 'by id' : r.path] = (kinds[r.path.startsWith('/api/papers/') ? 'by id' : r.path] ?? 0) + 1;
console.log(`${posts} posts, ${latencyMs} ms latency: exit ${code}, ${seconds.toFixed(1)} s`);
console.log(`errors: ${(stderr.match(/: error: /g) ?? []).length}, "aborted due to timeout": ${(stderr.match(/aborted due to timeout/g) ?? []).length}`);
console.log(`requests: ${JSON.stringify(kinds)}`);
console.log(
  stderr
    .split('\n')
    .filter((l) => l.startsWith('기관 lines'))
    .join('\n'),
);
