// Measures the repair on the machine's gettext catalogs (dev time only, see scripts/gettext-corpus.js):
// how many clean messages it changes (damaged), and how many garbled ones come back exact (fixed), per
// kind of garbling. The development and held-out parts are counted apart. Run `npm run build` first.
//
//   node scripts/eval-gettext.js [--sample N] [--show N] [--only dev|held-out]
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { CODEPAGES, cp1252Bytes, misread } from './codepages.js';
import { isHeldOut, loadGettext } from './gettext-corpus.js';
import { repairText } from '../dist/repair/repair.js';

const { values } = parseArgs({ options: { sample: { type: 'string', default: '16' }, show: { type: 'string', default: '20' }, only: { type: 'string' } } });
const SAMPLE = Number(values.sample); // 1 garbled message in SAMPLE
const SHOW = Number(values.show);

/** The kinds of garbling: each returns the garbled text, or undefined where it does not apply. */
const KINDS = {
  ...Object.fromEntries(CODEPAGES.map((cp) => [cp, (t) => misread(t, cp)])),
  'windows-1252 twice': (t) => misread(misread(t, 'windows-1252'), 'windows-1252'),
  'windows-1252, NBSP lost': (t) => misread(t, 'windows-1252').replaceAll('\u00a0', ' '),
  'windows-1252 one word in two': (t) =>
    t
      .split(' ')
      .map((w, i) => (i % 2 === 0 ? misread(w, 'windows-1252') : w))
      .join(' '),
  'C1 (Windows-1252 read as Latin-1)': (t) => {
    const bytes = cp1252Bytes(t);
    return bytes?.some((b) => b >= 0x80 && b < 0xa0) ? String.fromCharCode(...bytes) : undefined;
  },
  ...Object.fromEntries(
    ['windows-1252', 'windows-1250', 'windows-1251', 'windows-1253', 'windows-1254', 'windows-1257'].map((cp) => [
      `${cp}, undefined bytes dropped`,
      (t) => misread(t, cp, { undefinedAs: 'drop' }),
    ]),
  ),
};

const byLang = loadGettext();
const parts = { dev: new Set(), 'held-out': new Set() };
for (const messages of Object.values(byLang)) for (const m of messages) parts[isHeldOut(m) ? 'held-out' : 'dev'].add(m);
const sampled = (m) => createHash('md5').update(m).digest().readUInt16LE(0) % SAMPLE === 0;

for (const [part, set] of Object.entries(parts)) {
  if (values.only && values.only !== part) continue;
  const messages = [...set];
  let damaged = 0;
  const examples = [];
  const t0 = performance.now();
  for (const m of messages) {
    const r = repairText(m);
    if (r.text !== m) {
      damaged += 1;
      if (examples.length < SHOW) examples.push(`  ${JSON.stringify(m)} -> ${JSON.stringify(r.text)}`);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(`\n## ${part}: clean messages damaged: ${damaged} of ${messages.length} (${Math.round(messages.length / seconds)} strings/s)`);
  if (examples.length) console.log(examples.join('\n'));
  const sample = messages.filter(sampled);
  console.log(`\n${part}: garbled, 1 message in ${SAMPLE} (${sample.length}):\n| garbling | fixed | of | % |\n| --- | --- | --- | --- |`);
  for (const [kind, garbleOne] of Object.entries(KINDS)) {
    let total = 0;
    let fixed = 0;
    for (const m of sample) {
      const g = garbleOne(m);
      if (g === undefined || g === m) continue;
      total += 1;
      if (repairText(g).text === m) fixed += 1;
    }
    console.log(`| ${kind} | ${fixed} | ${total} | ${total ? ((100 * fixed) / total).toFixed(1) : '-'} |`);
  }
}
