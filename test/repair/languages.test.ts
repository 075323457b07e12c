import { describe, expect, it } from 'vitest';
import { garble } from '../../scripts/garble.js';
import { CODECS } from '../../src/repair/codecs.js';
import { repairText } from '../../src/repair/repair.js';

// Ordinary text in many languages and scripts, garbled here every way hfdigest knows: a check beyond
// the blog's own Korean posts that the repair is general, and that it leaves real text alone.
const PHRASES = [
  'It’s “quoted” — and that’s fine…',
  'café crème brûlée',
  'Señor Muñoz, ¿qué tal?',
  'Größe und Übermaß',
  'naïve résumé',
  'Привет, как дела?',
  'Ελληνικά γράμματα',
  '日本語のテキスト',
  '中文字符测试',
  'emoji 👍 🎉 ❤️ 🚀',
  'Zürich – 10 €',
  'Łódź i Kraków',
  'İstanbul’da güzel',
  'São Paulo ação',
  'Dvořák and Janáček',
  '“Smart quotes” ‘single’',
  'Français: où, déjà, être',
  'Ångström ærø',
  'Ça va? Très bien!',
  'München — Straße',
  'œuvre',
  '© 2026 ™ ®',
];

// The seven codepages repair has always read (the later ones are tested in families.test.ts).
const LEGACY = CODECS.filter((c) => ['windows-1252', 'windows-1254', 'mac-roman', 'latin-1', 'windows-1250', 'windows-1251', 'windows-1257'].includes(c.name));

function rate(lossy: boolean): { fixed: number; total: number } {
  let fixed = 0;
  let total = 0;
  for (const phrase of PHRASES) {
    for (const codec of LEGACY) {
      if (lossy && codec.undefinedBytes.length === 0) continue;
      const garbled = garble(phrase, codec, { lossy });
      if (garbled === phrase) continue;
      total += 1;
      if (repairText(garbled).text === phrase) fixed += 1;
    }
  }
  return { fixed, total };
}

describe('mojibake in other languages', () => {
  it('fixes at least 97% of the garblings that kept every byte', () => {
    const { fixed, total } = rate(false);
    expect(total).toBeGreaterThan(100);
    expect(fixed / total).toBeGreaterThanOrEqual(0.97);
  });

  it('fixes at least 80% of the lossy ones, without the Korean model', () => {
    const { fixed, total } = rate(true);
    expect(fixed / total).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    'Cañón',
    'I ❤ NY',
    'Ã la carte?',
    'MÃLLER',
    '½ cup',
    '¿Qué?',
    'Ñandú',
    'ÆØÅ',
    'x² + y²',
    '±5 °C',
    'Â',
    'Åse',
    'Ü ber',
    'ðŸ',
    'São',
    '© ® ™',
    'Œuvre',
    'Þór',
    'ø',
    '€ 5',
    '“ ”',
  ])('leaves %j alone', (text) => {
    expect(repairText(text)).toMatchObject({ text, changed: false });
  });
});
