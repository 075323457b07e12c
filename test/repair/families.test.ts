import { describe, expect, it } from 'vitest';
import { cesu8, cp1252Bytes, misread } from '../../scripts/codepages.js';
import { repairText } from '../../src/repair/repair.js';
import { fixture } from '../helpers/fixtures.js';

// The families of mojibake ftfy fixes, each on text nobody here wrote: the gettext sample (clean
// messages of Debian's translations in 142 languages) garbled by the scripts' own codepage tables,
// and ftfy's in-the-wild cases. Measured shares are in the test names' comments.
const { strings } = JSON.parse(fixture('third-party/gettext-sample.json')) as { strings: Record<string, string[]> };
const MESSAGES = Object.values(strings).flat();
const WILD = JSON.parse(fixture('third-party/ftfy-in-the-wild.json')) as Array<{ label: string; original: string; fixed: string; 'fixed-encoding'?: string }>;
const expected = (c: (typeof WILD)[number]) => c['fixed-encoding'] ?? c.fixed;

function share(garbleOne: (text: string) => string | undefined): { fixed: number; total: number; misses: string[] } {
  let fixed = 0;
  let total = 0;
  const misses: string[] = [];
  for (const text of MESSAGES) {
    const garbled = garbleOne(text);
    if (garbled === undefined || garbled === text) continue;
    total += 1;
    if (repairText(garbled).text === text) fixed += 1;
    else misses.push(garbled);
  }
  return { fixed, total, misses };
}

describe('clean text', () => {
  it('leaves every clean gettext message alone', () => {
    expect(MESSAGES.length).toBeGreaterThan(3000);
    expect(MESSAGES.filter((m) => repairText(m).changed)).toEqual([]);
  });

  it.each([
    'PÄŤ minút', // Slovak caps: Ä before Ť
    'Å være eller ikke være', // Norwegian: Å, a word before a space
    'Teplota 20°С, вологість 80%', // a degree sign before Cyrillic С
    '‚Äpfel‘ und „Birnen“', // German quotes around a capital umlaut
    'GRÜẞE “ÖL” — 5 m² à 3 €', // capitals, quotes, units
    '(ò_ó) (ಠ益ಠ) ┌( ಠ_ಠ)┘ ╰(°▽°)╯', // kaomoji
    '∑ᵢ xᵢ² ≤ √n · ‖x‖∞, α ≈ 0.5 ± 0.1', // math
    'Ñuñoa, Łukasz Żółć, Đorđe Čolić, Þórunn Ægisdóttir', // names
    // One pair of signs beside a letter, decodable but not evidence: ¬º is ¼ through Mac Roman, Δ² Ĳ
    // through Windows-1253, ×¾ a Hebrew maqaf, Ö¶ a Hebrew vowel point, Ü± a Syriac letter.
    '(¬º-°)¬',
    'Δ² + Ω·m',
    '½×¾ = ⅜',
    'Ö¶ Ü±',
  ])('%s', (text) => {
    expect(repairText(text)).toMatchObject({ text, changed: false });
  });
});

describe('families of mojibake', () => {
  it('C1 controls in otherwise clean Windows-1252 text become its characters (\\x85 …, \\x93 “, \\x94 ”)', () => {
    const c1 = (t: string) => {
      const bytes = cp1252Bytes(t);
      return bytes?.some((b) => b >= 0x80 && b < 0xa0) ? String.fromCharCode(...bytes) : undefined;
    };
    const { fixed, total } = share(c1);
    expect(total).toBeGreaterThan(10);
    expect(fixed).toBe(total);
    expect(repairText('Wait\x85 he said \x93no\x94.').text).toBe('Wait… he said “no”.');
  });

  it('UTF-8 emoji written as surrogate pairs (CESU-8, Java modified UTF-8), misread as Latin-1 or Windows-1252', () => {
    const emoji = ['😍', '🚀', '👍', '🎉', '🤗'];
    for (const [i, text] of MESSAGES.filter((_, k) => k % 40 === 0).entries()) {
      const withEmoji = `${text} ${emoji[i % emoji.length]}`;
      for (const cp of ['latin-1', 'windows-1252']) expect(repairText(misread('', cp, { bytes: cesu8(withEmoji) })).text, withEmoji).toBe(withEmoji);
    }
  });

  it('code page 437: at least 97% of the messages come back (measured 98.0%)', () => {
    const { fixed, total } = share((t) => misread(t, 'cp437'));
    expect(fixed / total).toBeGreaterThanOrEqual(0.97);
  });

  it('inconsistent mojibake: every other word garbled, the rest clean; at least 96% come back (measured 97.6%)', () => {
    const { fixed, total } = share((t) =>
      t
        .split(' ')
        .map((w, i) => (i % 2 === 0 ? misread(w, 'windows-1252') : w))
        .join(' '),
    );
    expect(total).toBeGreaterThan(1000);
    expect(fixed / total).toBeGreaterThanOrEqual(0.96);
  });

  it('a no-break space lost after Ã ("à" read as Windows-1252, its 0xA0 turned into a space, spaces collapsed or not)', () => {
    // Messages where à ends a word: "voilà " garbles to "voilÃ\u00a0 ", then "voilÃ  " or "voilÃ ".
    const wordFinal = (t: string) => /à /.test(t) && !/à\S/.test(t);
    const lost = (t: string) => misread(t, 'windows-1252').replaceAll('\u00a0', ' ');
    expect(share((t) => (wordFinal(t) ? lost(t) : undefined)).misses).toEqual([]);
    // Collapsed, "o Ã esquerda" shows little but a lone Ã between spaces (measured 17 of 17).
    const { fixed, total } = share((t) => (wordFinal(t) ? lost(t).replace(/ {2,}/g, ' ') : undefined));
    expect(total).toBeGreaterThan(10);
    expect(fixed / total).toBeGreaterThanOrEqual(0.9);
  });

  // Measured 95.9%, 95.1%, 95.6%. Windows-1250 and ISO-8859-2 read many runs back alike with different
  // letters ("Ĺž" is Ş or ž): the commoner letter wins, which is wrong for some Latvian and Slovak.
  it.each([
    ['windows-1250', 0.92],
    ['iso-8859-2', 0.92],
    ['windows-1257', 0.93],
  ])('capitals and letters of Central Europe and the Baltics under %s: at least %d of the messages with them', (cp, floor) => {
    const { fixed, total } = share((t) => (/[šžłśźżąęčćřňťďůľőűāēīūģķļņėįų]/i.test(t) ? misread(t, cp) : undefined));
    expect(total).toBeGreaterThan(50);
    expect(fixed / total).toBeGreaterThanOrEqual(floor);
  });
});

describe("ftfy's in-the-wild cases", () => {
  it('fixes at least 58 of the 66 garbled ones (measured 59) and keeps the 4 clean ones', () => {
    const garbled = WILD.filter((c) => c.original !== expected(c));
    const clean = WILD.filter((c) => c.original === expected(c));
    expect(garbled.filter((c) => repairText(c.original).text === expected(c)).length).toBeGreaterThanOrEqual(58);
    expect(clean.filter((c) => repairText(c.original).text !== c.original)).toEqual([]);
  });

  it.each(
    WILD.filter((c) => /CESU|Codepage 437|Inconsistent|ISO-8859-2 mixup in Czech|Windows-1257|French example containing non-breaking/.test(c.label)).map(
      (c) => [c.label, c],
    ),
  )('%s', (_label, c) => {
    expect(repairText(c.original).text).toBe(expected(c));
  });
});
