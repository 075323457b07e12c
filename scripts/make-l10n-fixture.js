// Regenerates fixtures/third-party/firefox-l10n.json: real text in 37 languages that hfdigest did not
// write, for the repair's tests: Firefox ESR's own translations (Debian's firefox-esr-l10n-* packages,
// MPL-2.0), 30 messages with non-ASCII letters per language, picked evenly from the sorted messages.
//
//   apt-get download firefox-esr-l10n-{ar,cs,de,...} && for f in *.deb; do dpkg -x "$f" /tmp/fx; done
//   node scripts/make-l10n-fixture.js /tmp/fx/usr/lib/firefox-esr/browser/extensions
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/make-l10n-fixture.js EXTENSIONS_DIR');
  process.exit(2);
}
const PER_LANGUAGE = 30;
const strings = {};
for (const name of readdirSync(dir).sort()) {
  const lang = /^langpack-(.+)@firefox/.exec(name)?.[1];
  if (!lang) continue;
  const listing = execFileSync('unzip', ['-Z1', join(dir, name)], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f.endsWith('.ftl'));
  const messages = new Set();
  for (const file of listing) {
    const text = execFileSync('unzip', ['-p', join(dir, name), file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    for (const line of text.split('\n')) {
      const value = /^[a-z][\w-]* = (.+)$/.exec(line)?.[1]?.trim();
      // Messages with a letter beyond ASCII, without Fluent's placeables and markup.
      if (value && /[^\x00-\x7f]/.test(value) && !/[{}<>]/.test(value) && value.length >= 8 && value.length <= 140) messages.add(value.normalize('NFC'));
    }
  }
  const sorted = [...messages].sort();
  const step = sorted.length / PER_LANGUAGE;
  strings[lang] = Array.from({ length: Math.min(PER_LANGUAGE, sorted.length) }, (_, i) => sorted[Math.floor(i * step)]);
}
const out = new URL('../fixtures/third-party/', import.meta.url);
mkdirSync(out, { recursive: true });
const source = "Firefox ESR 153 translations (Debian bookworm firefox-esr-l10n-* packages), MPL-2.0: messages of each language's .ftl files";
writeFileSync(new URL('firefox-l10n.json', out), `${JSON.stringify({ source, strings }, null, 1)}\n`);
console.log(`${Object.keys(strings).length} languages, ${Object.values(strings).flat().length} messages`);
