// Regenerates data/korean-corpus.json: syllable-pair and word counts of Korean running text, from the
// Korean LibreOffice help (Debian package libreoffice-help-ko, MPL-2.0; about 520,000 syllables of
// technical prose). The repair's Korean model uses them as frequencies, which a dictionary lacks.
//
//   apt-get download libreoffice-help-ko && dpkg -x libreoffice-help-ko_*.deb /tmp/lo
//   node scripts/make-korean-corpus.js /tmp/lo/usr/share/libreoffice/help/ko
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

const root = process.argv[2];
if (!root) {
  console.error('usage: node scripts/make-korean-corpus.js HELP_DIR');
  process.exit(2);
}
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.html')) files.push(path);
  }
};
walk(root);

// Each paragraph once: the help repeats its shared snippets on many pages.
const paragraphs = new Set();
for (const file of files) {
  const $ = cheerio.load(readFileSync(file, 'utf8'));
  $('script, style').remove();
  $('p, h1, h2, h3, h4, li, td, dt, dd').each((_, el) => {
    const text = $(el).text().replace(/\s+/g, ' ').trim();
    if (/[가-힣]/.test(text)) paragraphs.add(text.normalize('NFC'));
  });
}

const pairs = new Map();
const words = new Map();
const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
let syllables = 0;
for (const text of paragraphs) {
  // Across a space: the last syllable of a word and the first of the next ("는 데", "및 다른").
  for (const m of text.matchAll(/([가-힣]) (?=([가-힣]))/g)) bump(pairs, `${m[1]} ${m[2]}`);
  for (const run of text.match(/[가-힣]+/g) ?? []) {
    bump(words, run);
    const seq = ['_', ...run, '_'];
    for (let i = 1; i < seq.length; i += 1) bump(pairs, seq[i - 1] + seq[i]);
    syllables += run.length;
  }
}
// Counts of one say little and would double the file.
const keep = (m) => [...m].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const out = new URL('../data/korean-corpus.json', import.meta.url);
const table = {
  source: 'Korean LibreOffice help (Debian libreoffice-help-ko 7.4, MPL-2.0): counts of syllable pairs ("_" = word edge, "a b" = across a space) and of Hangul words',
  syllables,
  pairs: Object.fromEntries(keep(pairs)),
  words: Object.fromEntries(keep(words)),
};
writeFileSync(out, `${JSON.stringify(table)}\n`);
console.log(`${files.length} pages, ${paragraphs.size} paragraphs, ${syllables} syllables: ${Object.keys(table.pairs).length} pairs and ${Object.keys(table.words).length} words kept`);
