import { describe, expect, it } from 'vitest';
import { dictionaryWords } from '../../src/repair/korean-model.js';

/** The plain reading of a Hunspell .dic text, line by line. */
const reference = (dic: string) =>
  dic
    .split('\n')
    .map((line) => line.split('/', 1)[0]!.trim())
    .filter(Boolean);

describe('dictionaryWords', () => {
  it('takes each line up to its flags, trimmed, and skips empty lines', () => {
    expect(dictionaryWords('3\n가다/VV\n 나무 /NN,x\n\n바다\r\n하늘/NN')).toEqual(['3', '가다', '나무', '바다', '하늘']);
  });

  it('reads lines without flags after and before lines with them, whatever the order', () => {
    const lines = ['가/A', '나', '다', '라/B/C', '', '마', '바/', '/사', '아'];
    for (let shift = 0; shift < lines.length; shift += 1) {
      const dic = [...lines.slice(shift), ...lines.slice(0, shift)].join('\n');
      expect(dictionaryWords(dic)).toEqual(reference(dic));
      expect(dictionaryWords(`${dic}\n`)).toEqual(reference(`${dic}\n`));
    }
  });
});
