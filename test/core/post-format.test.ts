import { describe, expect, it } from 'vitest';
import {
  ARXIV_LINE,
  COUNT_LINE,
  countLine,
  DAILY_POST_NAME,
  dayOfPost,
  ENTRY_END,
  ENTRY_LINE,
  ENTRY_START,
  GARBLED_ENTRY_LINE,
  HF_LINE,
  INSTITUTION_LINE,
  ITEM_LINE,
  listsPapers,
  MONTHLY_POST_NAME,
  monthlyPostName,
  monthOfPost,
  TOP_HEADING,
} from '../../src/core/post-format.js';
import { fixture } from '../helpers/fixtures.js';

const daily = fixture('posts/2026-02-12-daily-papers.original.md').split('\n');
const monthly = fixture('blog/2025-11-01-monthly-papers-summary.early.md').split('\n');
/** A post of the blog saved as Mac Roman: the thumbs-up is `üëç`. */
const garbled = fixture('mojibake/001_9eeb928047ae3480.txt').split('\n');

/** The line of `lines` that starts with `start`, so that each pattern is tried on the blog's own line. */
const line = (lines: string[], start: string): string => lines.find((l) => l.startsWith(start))!;

describe('the patterns that read a post back', () => {
  // Each pattern reads the whole line: the same text with something before or after it is another line.
  it.each([
    ['COUNT_LINE', COUNT_LINE, line(daily, '총 **'), '10'],
    ['TOP_HEADING', TOP_HEADING, line(monthly, '## 🔥'), '10'],
    ['ENTRY_LINE', ENTRY_LINE, line(daily, '1. **'), '1'],
    ['GARBLED_ENTRY_LINE', GARBLED_ENTRY_LINE, line(garbled, '1. **'), '1'],
    ['HF_LINE', HF_LINE, line(daily, '   - [HF'), '2602.10604'],
    ['ARXIV_LINE', ARXIV_LINE, line(daily, '   - [논문'), '2602.10604'],
    ['DAILY_POST_NAME', DAILY_POST_NAME, '2026-02-12-daily-papers.md', '2026-02-12'],
    ['MONTHLY_POST_NAME', MONTHLY_POST_NAME, '2025-11-01-monthly-papers-summary.md', '2025-11'],
  ])('%s reads the whole line, and not one with more before or after it', (_, pattern, text, group) => {
    expect(pattern.exec(text)?.[1]).toBe(group);
    expect(pattern.test(`> ${text}`)).toBe(false);
    expect(pattern.test(`${text} x`)).toBe(false);
  });

  it('ENTRY_LINE and GARBLED_ENTRY_LINE read rank, title and upvotes', () => {
    expect(ENTRY_LINE.exec(line(daily, '2. **'))?.slice(1)).toEqual(['2', 'GENIUS: Generative Fluid Intelligence Evaluation Suite', '37']);
    expect(GARBLED_ENTRY_LINE.exec(line(garbled, '1. **'))?.slice(1)).toEqual([
      '1',
      'The Devil Behind Moltbook: Anthropic Safety is Always Vanishing in Self-Evolving AI Societies',
      '46',
    ]);
  });

  it('GARBLED_ENTRY_LINE takes trailing whitespace, which an old post may have after the count', () => {
    expect(GARBLED_ENTRY_LINE.exec(`${line(garbled, '1. **')} \r`)?.[3]).toBe('46');
  });

  it('ENTRY_START and ENTRY_END find the two ends of a title broken over lines', () => {
    const [start, end] = fixture('corpus/2025-11-05-daily-papers-1762346955.md').split('\n').slice(14, 16) as [string, string];
    expect(start).toBe('1. **VCode: a Multimodal Coding Benchmark with SVG as Symbolic Visual');
    expect(ENTRY_START.test(start)).toBe(true);
    expect(ENTRY_START.test(`  ${start}`)).toBe(false);
    expect(ENTRY_END.exec(end)?.[1]).toBe('0');
    expect(ENTRY_END.test(`${end}0 more`)).toBe(false);
  });

  it('INSTITUTION_LINE and ITEM_LINE take an entry sub-item, indented three spaces, and nothing deeper', () => {
    const institution = line(daily, '   - 기관: ');
    expect(INSTITUTION_LINE.test(institution)).toBe(true);
    expect(INSTITUTION_LINE.test(` ${institution}`)).toBe(false);
    for (const item of [institution, line(daily, '   - [HF'), line(daily, '   - [논문'), line(daily, '   - Abstract: ')]) {
      expect(ITEM_LINE.test(item)).toBe(true);
      expect(ITEM_LINE.test(`x${item}`)).toBe(false);
    }
  });
});

describe('post file names', () => {
  it('names a monthly summary after the first of its month', () => {
    expect(monthlyPostName('2025-11')).toBe('2025-11-01-monthly-papers-summary.md');
  });

  it.each([
    ['2026-02-12-daily-papers.md', '2026-02-12', undefined, true],
    ['2025-12-22-daily-papers-1766368980.md', '2025-12-22', undefined, true],
    ['2025-11-01-monthly-papers-summary.md', undefined, '2025-11', true],
    ['2025-11-01-monthly-papers-summary-1762000000.md', undefined, '2025-11', true],
    ['2025-11-18-mig-setup.md', undefined, undefined, false],
    ['2026-02-12-daily-papers.md.bak', undefined, undefined, false],
  ])('%s: day %s, month %s, lists papers: %s', (name, day, month, lists) => {
    expect(dayOfPost(name)).toBe(day);
    expect(monthOfPost(name)).toBe(month);
    expect(listsPapers(name)).toBe(lists);
  });
});

describe('countLine', () => {
  it('is the line of the blog, with the placeholder N for the validator', () => {
    expect(countLine(10)).toBe(line(daily, '총 **'));
    expect(countLine('N')).toBe('총 **N개**의 논문이 수집되었습니다.');
  });
});
