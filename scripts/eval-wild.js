// Measures the repair on ftfy's in-the-wild cases (fixtures/third-party/ftfy-in-the-wild.json, Apache-2.0):
// real garbled text from the web, each with what an encoding fix should give ("fixed-encoding", else
// "fixed"). Counts the cases fixed, the ones made different but not right (damaged), and the ones left
// garbled. Run `npm run build` first.
//
//   node scripts/eval-wild.js [--quiet]
import { readFileSync } from 'node:fs';
import { repairText } from '../dist/repair/repair.js';

const cases = JSON.parse(readFileSync(new URL('../fixtures/third-party/ftfy-in-the-wild.json', import.meta.url), 'utf8'));
const quiet = process.argv.includes('--quiet');
let fixed = 0;
let kept = 0;
let damaged = 0;
let missed = 0;
let garbled = 0;
cases.forEach((c, i) => {
  const expected = c['fixed-encoding'] ?? c.fixed;
  const out = repairText(c.original).text;
  if (c.original !== expected) garbled += 1;
  if (out === expected) {
    if (c.original === expected) kept += 1;
    else fixed += 1;
    return;
  }
  if (out === c.original) missed += 1;
  else damaged += 1;
  if (!quiet)
    console.log(
      `${out === c.original ? 'missed' : 'damaged'} #${i} ${c.label}\n  in:   ${JSON.stringify(c.original)}\n  out:  ${JSON.stringify(out)}\n  want: ${JSON.stringify(expected)}`,
    );
});
console.log(
  `in-the-wild: ${fixed} of ${garbled} garbled fixed, ${kept} of ${cases.length - garbled} clean kept; ${damaged} damaged (changed, not to the expected text), ${missed} left garbled`,
);
