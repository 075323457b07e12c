// Measures the lossy repair on Korean text that the model has never seen: garbles each FILE in every
// codepage that has undefined bytes (dropping them), repairs it, and counts the lines with Hangul that
// come back exact. Run `npm run build` first.
//
//   node scripts/eval-korean.js FILE...
import { readFileSync } from 'node:fs';
import { garble } from './garble.js';
import { CODECS } from '../dist/repair/codecs.js';
import { loadKoreanModel } from '../dist/repair/korean-model.js';
import { repairText } from '../dist/repair/repair.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/eval-korean.js FILE...');
  process.exit(2);
}
const model = await loadKoreanModel();
const codecs = CODECS.filter((c) => c.undefinedBytes.length > 0);
console.log(`| file | ${codecs.map((c) => c.name).join(' | ')} |`);
console.log(`| --- |${codecs.map(() => ' --- |').join('')}`);
for (const file of files) {
  const clean = readFileSync(file, 'utf8');
  const lines = clean.split('\n');
  const cells = codecs.map((codec) => {
    const repaired = repairText(garble(clean, codec, { lossy: true }), model).text.split('\n');
    let korean = 0;
    let exact = 0;
    lines.forEach((line, i) => {
      if (!/[가-힣]/.test(line)) return;
      korean += 1;
      if (repaired[i] === line) exact += 1;
    });
    return `${((100 * exact) / korean).toFixed(1)} % (${exact}/${korean})`;
  });
  console.log(`| ${file} | ${cells.join(' | ')} |`);
}
