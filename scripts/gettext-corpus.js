// Reads the machine's gettext catalogs (/usr/share/locale/*/LC_MESSAGES/*.mo) at dev time: every
// translated message with a letter beyond ASCII, distinct per language. Clean by construction, so the
// repair must leave all of them alone. Each message is put in the held-out part or the development
// part by a hash of its text: tune on `dev`, report `heldOut` separately.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

const LOCALE = '/usr/share/locale';
const NON_ASCII_LETTER = /(?![\x00-\x7f])\p{L}/u;

/** The translated strings of one .mo file (plural forms split), decoded with the catalog's charset. */
export function moStrings(buf) {
  const magic = buf.readUInt32LE(0);
  const le = magic === 0x950412de;
  if (!le && buf.readUInt32BE(0) !== 0x950412de) return [];
  const u32 = (o) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const n = u32(8);
  const origTable = u32(12);
  const transTable = u32(16);
  const entry = (table, i) => buf.subarray(u32(table + 8 * i + 4), u32(table + 8 * i + 4) + u32(table + 8 * i));
  let charset = 'utf-8';
  const raw = [];
  for (let i = 0; i < n; i += 1) {
    const id = entry(origTable, i);
    const str = entry(transTable, i);
    if (id.length === 0) {
      charset = /charset=([\w-]+)/i.exec(str.toString('latin1'))?.[1]?.toLowerCase() ?? 'utf-8';
      continue;
    }
    raw.push(str);
  }
  let decoder;
  try {
    decoder = new TextDecoder(charset === 'charset' ? 'utf-8' : charset, { fatal: true });
  } catch {
    return [];
  }
  const out = [];
  for (const bytes of raw) {
    let text;
    try {
      text = decoder.decode(bytes);
    } catch {
      continue;
    }
    for (const form of text.split('\0')) if (form && NON_ASCII_LETTER.test(form)) out.push(form);
  }
  return out;
}

/** 1 in 5 messages, by a hash of the text, is held out from tuning. */
export const isHeldOut = (text) => createHash('sha1').update(text).digest()[0] % 5 === 0;

/** { lang: [messages] } over every catalog, distinct per language; cached in the temp folder. */
export function loadGettext() {
  const cache = join(tmpdir(), 'hfdigest-gettext-corpus.json');
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8'));
  const byLang = {};
  for (const lang of readdirSync(LOCALE).sort()) {
    const dir = join(LOCALE, lang, 'LC_MESSAGES');
    if (!existsSync(dir)) continue;
    const set = new Set();
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.mo')) continue;
      for (const s of moStrings(readFileSync(join(dir, file)))) set.add(s);
    }
    if (set.size) byLang[lang] = [...set].sort();
  }
  writeFileSync(cache, JSON.stringify(byLang));
  return byLang;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const byLang = loadGettext();
  const all = new Set(Object.values(byLang).flat());
  const held = [...all].filter(isHeldOut).length;
  console.log(`${Object.keys(byLang).length} languages, ${all.size} distinct messages (${held} held out)`);
}
