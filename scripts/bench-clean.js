// Clean-text throughput of repairText, in strings per second: the messages of the committed third-party
// samples (gettext in 142 languages, Firefox in 37) and the titles and organization names of the
// recorded Hugging Face days, repaired over and over. Run `npm run build` first.
//
//   node scripts/bench-clean.js
import { readFileSync } from 'node:fs';
import { repairText } from '../dist/repair/repair.js';

const read = (path) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const sets = {
  gettext: Object.values(JSON.parse(read('third-party/gettext-sample.json')).strings).flat(),
  firefox: Object.values(JSON.parse(read('third-party/firefox-l10n.json')).strings).flat(),
  'HF titles and organizations': ['2026-02-12', '2026-02-16', '2026-02-25']
    .flatMap((d) => JSON.parse(read(`hf/daily_papers-${d}.json`)))
    .flatMap((item) => [item.paper?.title, item.organization?.fullname, item.title].filter((s) => typeof s === 'string')),
};
for (const [name, strings] of Object.entries(sets)) {
  const changed = strings.filter((s) => repairText(s).changed).length;
  let n = 0;
  const t0 = performance.now();
  // At least half a second of work, so that the clock's resolution does not matter.
  while (performance.now() - t0 < 500) for (const s of strings) n += repairText(s).changed ? 0 : 1;
  const seconds = (performance.now() - t0) / 1000;
  console.log(`${name}: ${strings.length} strings, ${changed} changed, ${Math.round(n / seconds).toLocaleString('en')} strings/s`);
}
