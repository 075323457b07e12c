import { describe, expect, it } from 'vitest';
import { buildKorean } from '../../src/repair/korean.js';

// A toy lexicon and corpus: what the model makes of them, not what the shipped data says.
const WORDS = ['학교', '문제', '거', '되다', '아니다', '가다', '먹다', '예시', '수시', '데', '자료', '정수', '하의', '바뀌다', '읽다', '있다'];
const CORPUS = {
  pairs: new Map(
    Object.entries({ _예: 30, 예시: 20, 시_: 40, _수: 50, 수시: 1, 수_: 50, '는 데': 40, '는 수': 1, _데: 5, 데_: 40, '예|:': 10, '수|:': 1, '(|예': 10 }),
  ),
  words: new Map(Object.entries({ 예시: 20, 수시: 1, 학교: 9, 학교를: 3, 문제: 4, 문제가: 2 })),
};

describe('buildKorean', () => {
  const korean = buildKorean(WORDS, undefined, CORPUS);

  it('analyses the contracted copula after a vowel and the question endings', () => {
    expect(korean.known('겁니다')).toBeGreaterThan(0);
    expect(korean.known('문제라고')).toBeGreaterThan(0);
    expect(korean.known('되나요')).toBeGreaterThan(0);
    expect(korean.known('아니라')).toBeGreaterThan(0);
    expect(korean.known('또나요')).toBe(0);
    expect(korean.known('겝니다')).toBe(0);
  });

  it('analyses the connective ending -(으)면서, and a counter with a particle right after a number', () => {
    expect(korean.known('바뀌면서')).toBeGreaterThan(0);
    expect(korean.known('읽으면서')).toBeGreaterThan(0);
    expect(korean.known('바대면서')).toBe(0);
    expect(korean.known('장을', { attached: true })).toBeGreaterThan(korean.known('있을', { attached: true }));
    expect(korean.known('개의', { attached: true })).toBeGreaterThan(0);
  });

  it('takes a bound noun for one only after an adnominal form, and wants a word after a determiner', () => {
    const words = buildKorean(['수', '새', '인스턴스', '하다'], undefined, CORPUS);
    expect(words.known('수', { before: '할' })).toBeGreaterThan(words.known('수', { before: '스' }));
    expect(words.known('수', { before: '스' })).toBeGreaterThan(0);
    expect(words.known('수', { before: '' })).toBe(words.known('수', { before: '할' }));
    expect(words.known('새', { followedByWord: true })).toBeGreaterThan(words.known('새', { followedByWord: false }));
    expect(words.known('새')).toBe(words.known('새', { followedByWord: true }));
  });

  it('analyses a noun with a derivational suffix, with or without a particle after it', () => {
    expect(korean.known('자료형의')).toBeGreaterThan(0);
    expect(korean.known('정수형')).toBeGreaterThan(0);
    expect(korean.known('자료하의')).toBe(0);
    // A plain word or analysis stays the surer reading.
    expect(korean.known('학교를')).toBeGreaterThan(korean.known('학교성'));
  });

  it('knows from running text which of two dictionary words is the common one', () => {
    expect(korean.frequency('예시')).toBeGreaterThan(korean.frequency('수시'));
    expect(korean.frequency('학교를')).toBe(Math.log(4));
    // Unseen, a word with a particle counts as rarer than the corpus's threshold of two.
    expect(korean.frequency('학교가')).toBeGreaterThan(0);
    expect(korean.frequency('학교가')).toBeLessThanOrEqual(Math.log(2));
    expect(korean.frequency('학교가')).toBeGreaterThan(korean.frequency('수시가'));
    expect(korean.frequency('없는말')).toBe(0);
    expect(korean.logProb(['예', '시'])).toBeGreaterThan(korean.logProb(['수', '시']));
  });

  it('links a word to the one before it across the space', () => {
    expect(korean.across('는', '데')).toBeGreaterThan(0);
    expect(korean.across('는', '데')).toBeGreaterThan(korean.across('는', '수'));
    expect(korean.across('가', '데')).toBe(0);
  });

  it('knows which words punctuation stands against', () => {
    expect(korean.against('예', ':', 'after')).toBeGreaterThan(korean.against('수', ':', 'after'));
    expect(korean.against('예', '(', 'before')).toBeGreaterThan(korean.against('수', '(', 'before'));
    expect(korean.against('예', '!', 'after')).toBe(0);
  });

  it('without a corpus, says nothing about frequency', () => {
    const bare = buildKorean(WORDS);
    expect(bare.frequency('예시')).toBe(0);
    expect(bare.across('는', '데')).toBe(0);
    expect(bare.against('예', ':', 'after')).toBe(0);
  });
});
