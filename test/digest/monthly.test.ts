import { describe, expect, it } from 'vitest';
import { averageLikes, summarizeMonth, twoDecimals } from '../../src/digest/monthly.js';
import { dataFileSchema, type StoredDay } from '../../src/store/data-schema.js';

/** A day of the old crawler's data file, with papers of the given likes and tags. */
const day = (date: string, papers: Array<[id: string, likes: number, tags: string[]]>): StoredDay =>
  dataFileSchema.parse({
    date,
    crawled_at: `${date}T13:30:57.853837`,
    total_papers: papers.length,
    papers: papers.map(([id, likes, tags]) => ({ title: id, url: `https://huggingface.co/papers/${id}`, likes, tags })),
  });

describe('summarizeMonth', () => {
  it('takes each paper as the latest day records it, whatever order the files come in', () => {
    const s = summarizeMonth('2026-01', [
      day('2026-01-03', [['a', 9, []]]),
      day('2026-01-01', [
        ['b', 5, []],
        ['a', 1, []],
      ]),
      day('2026-01-02', [
        ['a', 4, []],
        ['c', 5, []],
      ]),
    ]);
    // a: 9 on the 3rd; b and c tie at 5, b first seen (on the 1st).
    expect(s.top.map((p) => [p.id, p.likes])).toEqual([
      ['a', 9],
      ['b', 5],
      ['c', 5],
    ]);
    expect(s.totalLikes).toBe(19);
  });

  it('ranks tags by the papers that carry them, most first, and drops a blank tag', () => {
    // In the order of likes, rl is seen first, llm second; llm is on more papers.
    const s = summarizeMonth('2026-01', [
      day('2026-01-05', [
        ['2601.00001', 10, ['rl']],
        ['2601.00002', 5, ['llm', ' ']],
      ]),
      day('2026-01-06', [
        ['2601.00003', 3, ['llm']],
        ['2601.00004', 1, ['llm', 'rl', 'agents']],
      ]),
    ]);
    expect(s.topTags).toEqual([
      { tag: 'llm', count: 3 },
      { tag: 'rl', count: 2 },
      { tag: 'agents', count: 1 },
    ]);
  });

  it('keeps the ten most used tags', () => {
    const twelve = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];
    const s = summarizeMonth('2026-01', [
      day('2026-01-05', [
        ['2601.00001', 2, twelve],
        ['2601.00002', 1, ['l', 'k']],
      ]),
    ]);
    expect(s.topTags.map((t) => `${t.tag}${t.count}`)).toEqual(['k2', 'l2', 'a1', 'b1', 'c1', 'd1', 'e1', 'f1', 'g1', 'h1']);
  });

  it('sums up a month without data files as nothing, with an average of 0.00', () => {
    const s = summarizeMonth('2026-01', []);
    expect(s).toEqual({ month: '2026-01', daysCrawled: 0, totalPapers: 0, totalLikes: 0, top: [], topTags: [] });
    expect(averageLikes(s)).toBe('0.00');
  });
});

describe('twoDecimals', () => {
  it('leaves a number with two decimals or fewer as it is', () => {
    // 1 like over 4 papers, 3 over 4, 5 over 2.
    expect([0.25, 0.75, 2.5].map(twoDecimals)).toEqual(['0.25', '0.75', '2.50']);
  });
});
