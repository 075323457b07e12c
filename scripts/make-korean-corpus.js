// Regenerates data/korean-corpus.json: syllable-pair and word counts of Korean running text. The
// repair's Korean model uses them as frequencies, which a dictionary lacks. The text is the Korean
// localisation of LibreOffice (its help pages and messages) and of Firefox and Thunderbird, all MPL-2.0,
// about a million syllables, from Debian's packages:
//
//   apt-get download libreoffice-help-ko libreoffice-l10n-ko firefox-esr-l10n-ko thunderbird-l10n-ko
//   for f in *.deb; do dpkg -x "$f" /tmp/ko; done
//   (cd /tmp/ko && for x in $(find . -name '*.xpi'); do mkdir -p "$x.d" && unzip -qo "$x" -d "$x.d"; done)
//   node scripts/make-korean-corpus.js /tmp/ko
//
// HTML pages give their paragraphs; gettext catalogues (.mo) their translations; Mozilla's string files
// (.ftl, .properties, .dtd) their lines.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

const root = process.argv[2];
if (!root) {
  console.error('usage: node scripts/make-korean-corpus.js HELP_DIR');
  process.exit(2);
}
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.isFile() && /\.(html|mo|ftl|properties|dtd)$/.test(path)) files.push(path);
  }
};
walk(root);

/** The translated strings of a gettext catalogue. */
function moStrings(buf) {
  const le = buf.readUInt32LE(0) === 0x950412de;
  const u32 = (at) => (le ? buf.readUInt32LE(at) : buf.readUInt32BE(at));
  const count = u32(8);
  const table = u32(16);
  const out = [];
  for (let i = 0; i < count; i += 1) {
    const length = u32(table + 8 * i);
    const offset = u32(table + 8 * i + 4);
    out.push(
      ...buf
        .subarray(offset, offset + length)
        .toString('utf8')
        .split('\0'),
    );
  }
  return out;
}

function texts(file) {
  if (file.endsWith('.html')) {
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    $('script, style').remove();
    return $('p, h1, h2, h3, h4, li, td, dt, dd')
      .map((_, el) => $(el).text())
      .get();
  }
  if (file.endsWith('.mo')) return moStrings(readFileSync(file)).flatMap((s) => s.split('\n'));
  return readFileSync(file, 'utf8').split('\n');
}

// Each paragraph once: the help repeats its shared snippets on many pages.
const paragraphs = new Set();
for (const file of files) {
  for (const raw of texts(file)) {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (/[가-힣]/.test(text)) paragraphs.add(text.normalize('NFC'));
  }
}

const pairs = new Map();
const words = new Map();
const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
let syllables = 0;
for (const text of paragraphs) {
  // Across a space: the last syllable of a word and the first of the next ("는 데", "및 다른"); "^"
  // stands for a start after no Korean word (the paragraph's start, or a space after other text).
  for (const m of text.matchAll(/([가-힣]) (?=([가-힣]))/g)) bump(pairs, `${m[1]} ${m[2]}`);
  for (const m of text.matchAll(/(?:^|[^가-힣] )([가-힣])/g)) bump(pairs, `^ ${m[1]}`);
  // Punctuation right against a word: "(|예" before its first syllable, "예|:" after its last.
  for (const m of text.matchAll(/([!-/:-@[-`{-~])(?=([가-힣]))/g)) bump(pairs, `${m[1]}|${m[2]}`);
  for (const m of text.matchAll(/([가-힣])(?=([!-/:-@[-`{-~]))/g)) bump(pairs, `${m[1]}|${m[2]}`);
  for (const run of text.match(/[가-힣]+/g) ?? []) {
    bump(words, run);
    const seq = ['_', ...run, '_'];
    for (let i = 1; i < seq.length; i += 1) bump(pairs, seq[i - 1] + seq[i]);
    syllables += run.length;
  }
}
// Every count, the ones included: a word seen once is still likelier than one never seen.
const keep = (m) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const out = new URL('../data/korean-corpus.json', import.meta.url);
const table = {
  source:
    'Korean localisation of LibreOffice 7.4 (help and messages), Firefox ESR and Thunderbird (Debian bookworm packages, MPL-2.0): counts of syllable pairs ("_" = word edge, "a b" = across a space, "a|:" = against punctuation) and of Hangul words',
  syllables,
  // Lists of [key, count]: read back into Maps several times faster than objects of as many keys.
  pairs: keep(pairs),
  words: keep(words),
};
writeFileSync(out, `${JSON.stringify(table)}\n`);
console.log(`${files.length} pages, ${paragraphs.size} paragraphs, ${syllables} syllables: ${table.pairs.length} pairs and ${table.words.length} words`);
