import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/digest/paper.js';
import { comparePapers, rankPapers } from '../../src/digest/rank.js';

const paper = (id: string, upvotes: number, comments = 0): Paper => ({ id, title: id, upvotes, comments, hfSummary: '', authors: [] });

describe('rankPapers', () => {
  it('orders by upvotes, most first, and keeps the top n', () => {
    const ranked = rankPapers([paper('a', 3), paper('b', 10), paper('c', 7)], 2);
    expect(ranked.map((p) => p.id)).toEqual(['b', 'c']);
  });

  it('breaks ties by comments, then by arXiv id', () => {
    const input = [paper('2602.00003', 5, 1), paper('2602.00002', 5, 1), paper('2602.00001', 5, 0), paper('2602.00009', 5, 4)];
    expect(rankPapers(input, 10).map((p) => p.id)).toEqual(['2602.00009', '2602.00002', '2602.00003', '2602.00001']);
    expect(rankPapers([...input].reverse(), 10)).toEqual(rankPapers(input, 10));
  });

  it('does not reorder its input', () => {
    const input = [paper('a', 1), paper('b', 2)];
    rankPapers(input, 2);
    expect(input.map((p) => p.id)).toEqual(['a', 'b']);
  });
});

describe('comparePapers', () => {
  it('is a consistent comparator: the sign says which goes first, and a paper ties with itself', () => {
    const [a, b] = [paper('2602.00001', 5), paper('2602.00002', 5)];
    expect(comparePapers(a, b)).toBeLessThan(0);
    expect(comparePapers(b, a)).toBeGreaterThan(0);
    expect(comparePapers(a, a)).toBe(0);
    expect(comparePapers(a, { ...a })).toBe(0);
  });
});
