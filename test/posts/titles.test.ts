import { describe, expect, it } from 'vitest';
import { ENTRY_LINE } from '../../src/core/post-format.js';
import { collapse } from '../../src/core/text.js';
import { joinBrokenTitles } from '../../src/posts/titles.js';
import { validatePost } from '../../src/posts/validate.js';
import { fixture } from '../helpers/fixtures.js';

const POST = fixture('corpus/2025-11-03-daily-papers-1762174155.md');
// The old crawler's data file of the same day keeps the titles as Hugging Face gave them, breaks included.
const DATA = JSON.parse(fixture('blog/daily-2025-11-03.json')) as { papers: Array<{ title: string; likes: number }> };

describe('joinBrokenTitles', () => {
  it("joins a real post's broken titles into the titles of its data file", () => {
    const { text, joined } = joinBrokenTitles(POST);
    expect(joined).toBe(DATA.papers.filter((p) => p.title.includes('\n')).length);
    const entries = text
      .split('\n')
      .map((l) => ENTRY_LINE.exec(l))
      .filter((m) => m !== null);
    expect(entries.map((m) => m[2])).toEqual(DATA.papers.map((p) => collapse(p.title)));
    expect(validatePost('2025-11-03-daily-papers-1762174155.md', text).filter((p) => /broken/.test(p.message))).toEqual([]);
  });

  it('changes nothing else', () => {
    const { text } = joinBrokenTitles(POST);
    const before = POST.split('\n');
    const after = text.split('\n');
    const continuation = (l: string) => /^ {2}\S/.test(l);
    expect(after.filter((l) => !ENTRY_LINE.test(l))).toEqual(before.filter((l) => !/^\d+\. \*\*/.test(l) && !continuation(l)));
  });

  it('joins a title broken over three lines, and one that starts on the line after its number', () => {
    expect(joinBrokenTitles('1. **A long\n  title over\n  three lines** - 👍 5\n').text).toBe('1. **A long title over three lines** - 👍 5\n');
    expect(joinBrokenTitles('2. **\n  Title** - 👍 5').text).toBe('2. **Title** - 👍 5');
  });

  it('joins a title whose end is three lines below its start, and not one four lines below', () => {
    expect(joinBrokenTitles('1. **A\n  b\n  c\n  d** - 👍 5').text).toBe('1. **A b c d** - 👍 5');
    const tooLong = '1. **A\n  b\n  c\n  d\n  e** - 👍 5';
    expect(joinBrokenTitles(tooLong)).toEqual({ text: tooLong, joined: 0 });
  });

  it('drops the space at the end of the first line', () => {
    expect(joinBrokenTitles('1. **A long \n  title** - 👍 5').text).toBe('1. **A long title** - 👍 5');
  });

  it('joins nothing across a sub-item or a line of spaces, nor two whole entry lines, nor at the end of the post', () => {
    for (const post of [
      '1. **No end\n   - 기관: X\n  more** - 👍 3',
      '1. **No end\n  \n  more** - 👍 3',
      '1. **A** - 👍 3\n2. **B** - 👍 2',
      '1. **No end here',
      'Intro\n1. **No end here\n  still none',
    ]) {
      expect(joinBrokenTitles(post)).toEqual({ text: post, joined: 0 });
    }
  });

  it('leaves an entry without an end as it is, and a post without breaks untouched', () => {
    const malformed = '1. **No end here\n   - 기관: X\n';
    expect(joinBrokenTitles(malformed)).toEqual({ text: malformed, joined: 0 });
    // The next entry's end is not this one's.
    const beforeNext = '1. **No end here\n\n2. **Next** - 👍 3\n';
    expect(joinBrokenTitles(beforeNext)).toEqual({ text: beforeNext, joined: 0 });
    const clean = fixture('posts/2026-02-12-daily-papers.original.md');
    expect(joinBrokenTitles(clean)).toEqual({ text: clean, joined: 0 });
  });
});
