import { describe, expect, it } from 'vitest';
import { describeChanges, readListedPapers } from '../../src/posts/changes.js';
import { fixture } from '../helpers/fixtures.js';

describe('readListedPapers', () => {
  it('reads rank, id, title and upvotes from an existing post', () => {
    const listed = readListedPapers(fixture('posts/2026-02-12-daily-papers.original.md'));
    expect(listed).toHaveLength(10);
    expect(listed[0]).toEqual({
      rank: 1,
      id: '2602.10604',
      title: 'Step 3.5 Flash: Open Frontier-Level Intelligence with 11B Active Parameters',
      upvotes: 142,
    });
    expect(listed[9]?.id).toBe('2602.11008');
  });
});

describe('describeChanges', () => {
  const a = { rank: 1, id: 'a', title: 'A', upvotes: 10 };
  const b = { rank: 2, id: 'b', title: 'B', upvotes: 5 };
  const c = { rank: 2, id: 'c', title: 'C', upvotes: 7 };
  it('lists new, removed and re-ranked papers and upvote changes', () => {
    expect(
      describeChanges(
        [a, b],
        [
          { ...c, rank: 1 },
          { ...a, rank: 2, upvotes: 6 },
        ],
      ),
    ).toEqual(['new      #1 c (👍 7) C', 'moved    #1 → #2 a A', 'upvotes  10 → 6 a A', 'removed  #2 b (👍 5) B']);
  });
  it('is empty when nothing changed', () => {
    expect(describeChanges([a, b], [a, b])).toEqual([]);
  });
});
