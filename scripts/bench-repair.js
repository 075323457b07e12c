// `npm run bench:repair`: repair throughput on ~10 MB of garbled posts, and on clean ones (the fast path).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODECS } from '../dist/repair/codecs.js';
import { loadKoreanModel } from '../dist/repair/korean-model.js';
import { repairText } from '../dist/repair/repair.js';
import { benchFtfy } from './bench-ftfy.js';
import { garble } from './garble.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const TARGET = Number(process.env.BENCH_REPAIR_MB ?? 10) * 2 ** 20;

/** Runs the repair over ~TARGET bytes of documents; returns MB/s. */
export async function benchRepair() {
  const corpus = readdirSync(join(root, 'fixtures/corpus')).map((f) => readFileSync(join(root, 'fixtures/corpus', f), 'utf8'));
  const forms = [
    (t) =>
      garble(
        t,
        CODECS.find((c) => c.name === 'windows-1254'),
        { lossy: true },
      ),
    (t) =>
      garble(
        t,
        CODECS.find((c) => c.name === 'mac-roman'),
      ),
    (t) =>
      garble(
        t,
        CODECS.find((c) => c.name === 'windows-1252'),
      ),
  ];
  const garbled = [];
  const clean = [];
  let bytes = 0;
  for (let i = 0; bytes < TARGET; i += 1) {
    const doc = forms[i % forms.length](corpus[i % corpus.length]);
    garbled.push(doc);
    clean.push(corpus[i % corpus.length]);
    bytes += Buffer.byteLength(doc);
  }
  const cleanBytes = clean.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const t0 = performance.now();
  const model = await loadKoreanModel();
  const modelMs = performance.now() - t0;
  // The distinct documents once, while nothing is memoized yet: the cost of text never seen.
  const distinct = garbled.slice(0, corpus.length * forms.length);
  const distinctBytes = distinct.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const t0d = performance.now();
  for (const doc of distinct) repairText(doc, model);
  const distinctMs = performance.now() - t0d;
  const t1 = performance.now();
  let changed = 0;
  let exact = 0;
  garbled.forEach((doc, i) => {
    const r = repairText(doc, model);
    if (r.changed) changed += 1;
    if (r.text === clean[i]) exact += 1;
  });
  const garbledMs = performance.now() - t1;
  const t2 = performance.now();
  for (const doc of clean) if (repairText(doc, model).changed) throw new Error('a clean document changed');
  const cleanMs = performance.now() - t2;
  const ftfy = process.env.BENCH_FTFY === '0' ? { error: 'skipped (BENCH_FTFY=0)' } : await benchFtfy(garbled, clean);
  return {
    documents: garbled.length,
    changed,
    exact,
    ftfy: ftfy.error ? ftfy : { version: ftfy.version, MBps: bytes / 2 ** 20 / ftfy.seconds, exact: ftfy.exact },
    garbledMB: bytes / 2 ** 20,
    garbledMBps: bytes / 2 ** 20 / (garbledMs / 1000),
    cleanMB: cleanBytes / 2 ** 20,
    cleanMBps: cleanBytes / 2 ** 20 / (cleanMs / 1000),
    modelMs,
    distinct: distinct.length,
    distinctMBps: distinctBytes / 2 ** 20 / (distinctMs / 1000),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchRepair();
  console.log(`repair: ${r.distinct} distinct garbled posts, first sight: ${r.distinctMBps.toFixed(2)} MB/s`);
  console.log(
    `repair: ${r.documents} garbled posts, ${r.garbledMB.toFixed(1)} MB: ${r.garbledMBps.toFixed(2)} MB/s (${r.changed} changed, ${r.exact} exactly the original)`,
  );
  if (r.ftfy.error) console.log(`ftfy: not measured (${r.ftfy.error})`);
  else
    console.log(
      `ftfy ${r.ftfy.version} fix_encoding, the same posts: ${r.ftfy.MBps.toFixed(2)} MB/s (${r.ftfy.exact} exactly the original); hfdigest ${(r.garbledMBps / r.ftfy.MBps).toFixed(1)}× faster`,
    );
  console.log(`repair: the same posts clean, ${r.cleanMB.toFixed(1)} MB: ${r.cleanMBps.toFixed(1)} MB/s (fast path)`);
  console.log(`Korean model built in ${r.modelMs.toFixed(0)} ms (once per run, only when a text lost bytes)`);
}
