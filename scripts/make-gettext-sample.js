// Regenerates fixtures/third-party/gettext-sample.json: clean translated messages from the gettext
// catalogs of this machine's Debian packages (mostly GPL/LGPL), for the repair's tests, which must not
// read /usr/share/locale. Up to 24 messages per language, picked evenly from the development part
// (scripts/gettext-corpus.js: the held-out part is never sampled), one line each, at most 160 characters.
//
//   node scripts/make-gettext-sample.js
import { mkdirSync, writeFileSync } from 'node:fs';
import { isHeldOut, loadGettext } from './gettext-corpus.js';

const PER_LANGUAGE = 24;
const strings = {};
for (const [lang, messages] of Object.entries(loadGettext())) {
  // Nynorsk's catalog of gettext-tools is itself garbled (Â« for «, Ã¸ for ø): those messages are left out.
  const pool = messages.filter((m) => !isHeldOut(m) && !m.includes('\n') && m.length <= 160 && !(lang === 'nn' && /Â«|Ã[¥¸¦]/.test(m)));
  if (pool.length < PER_LANGUAGE) continue;
  const step = pool.length / PER_LANGUAGE;
  strings[lang] = Array.from({ length: PER_LANGUAGE }, (_, i) => pool[Math.floor(i * step)]);
}
const out = new URL('../fixtures/third-party/', import.meta.url);
mkdirSync(out, { recursive: true });
const source = 'msgstr of /usr/share/locale/*/LC_MESSAGES/*.mo on a Debian machine (the translations of Debian packages, mostly GPL/LGPL)';
writeFileSync(new URL('gettext-sample.json', out), `${JSON.stringify({ source, strings }, null, 1)}\n`);
console.log(`${Object.keys(strings).length} languages, ${Object.values(strings).flat().length} messages`);
