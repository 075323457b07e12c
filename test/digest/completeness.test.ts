import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completenessWarning, sameWeekdaysBefore } from '../../src/digest/completeness.js';
import { recordedPaperCounts } from '../../src/store/stored-days.js';
import { FIXTURES, tempDirEachTest } from '../helpers/cli.js';
import { formatPreview } from '../../src/render/preview.js';
import { buildDigest } from '../../src/digest/digest.js';
import { toPaper } from '../../src/digest/paper.js';
import { rankPapers } from '../../src/digest/rank.js';
import { parseDailyPapersJson } from '../../src/sources/hf/parse.js';
import { fixture } from '../helpers/fixtures.js';

describe('completenessWarning', () => {
  it('looks at the same weekday of earlier weeks', () => {
    expect(sameWeekdaysBefore('2026-02-12', 2)).toEqual(['2026-02-05', '2026-01-29']);
  });
  it('warns about a list much shorter than the usual one (28 at 08:25 UTC, 48 later)', () => {
    expect(completenessWarning('2026-02-12', 28, [48, 51, 45])).toMatch(
      /^2026-02-12 lists 28 papers, fewer than usual for a Thursday \(median 48 over 3 earlier weeks\)/,
    );
  });
  it.each([
    ['2026-02-08', 'Sunday'],
    ['2026-02-09', 'Monday'],
    ['2026-02-10', 'Tuesday'],
    ['2026-02-11', 'Wednesday'],
    ['2026-02-13', 'Friday'],
    ['2026-02-14', 'Saturday'],
  ])('names the weekday of %s: %s', (date, weekday) => {
    expect(completenessWarning(date, 1, [20])).toContain(`fewer than usual for a ${weekday} (median 20 over 1 earlier weeks)`);
  });
  it('warns below 60% of the median, not at it', () => {
    expect(completenessWarning('2026-02-12', 30, [50])).toBeUndefined();
    expect(completenessWarning('2026-02-12', 29, [50])).toMatch(/lists 29 papers/);
  });
  it('stays quiet for a usual list, or with nothing to compare', () => {
    expect(completenessWarning('2026-02-12', 40, [48, 51, 45])).toBeUndefined();
    expect(completenessWarning('2026-02-12', 3, [])).toBeUndefined();
  });
});

describe('recordedPaperCounts', () => {
  let dir = '';
  tempDirEachTest((d) => (dir = d));
  it("takes the day's count only from files that know it: the old crawler's keep the top 10 alone", async () => {
    const dates = sameWeekdaysBefore('2026-01-27');
    expect(dates).toEqual(['2026-01-20', '2026-01-13', '2026-01-06', '2025-12-30']);
    // 2026-01-20: the blog's own file (9 papers); 2026-01-13: hfdigest's, 48 listed; 2026-01-06: damaged; 2025-12-30: none.
    await copyFile(join(FIXTURES, 'blog/daily-2026-01-20.json'), join(dir, 'daily-2026-01-20.json'));
    const mine = { date: '2026-01-13', crawled_at: '2026-01-13T14:00:00.000000', total_papers: 0, listed_papers: 48, papers: [] };
    await writeFile(join(dir, 'daily-2026-01-13.json'), JSON.stringify(mine));
    await writeFile(join(dir, 'daily-2026-01-06.json'), '{"date": "2026-01-06", "listed_papers": 5');
    expect(await recordedPaperCounts(dir, dates)).toEqual([48]);
  });
});

describe('formatPreview', () => {
  const papers = parseDailyPapersJson(fixture('hf/daily_papers-2026-02-12.json')).map(toPaper);
  const digest = buildDigest('2026-02-12', rankPapers(papers, 3), 48, new Map());
  it('shows rank, upvotes, title, institution and the first sentence of the abstract', () => {
    const text = formatPreview(digest, ['new      #1 2602.10604 (👍 179) Step'], '_posts/x.md', { color: false, width: 200, isNew: false });
    expect(text).toMatch(/^ 1\. 👍 179 {2}Step 3\.5 Flash: Open Frontier-Level Intelligence with 11B Active Parameters$/m);
    expect(text).toMatch(/^ {12}StepFun$/m);
    expect(text).toMatch(
      /^ {12}We introduce Step 3\.5 Flash, a sparse Mixture-of-Experts \(MoE\) model that bridges frontier-level agentic intelligence and computational efficiency\. \(HF summary\)$/m,
    );
    expect(text).toMatch(/Changes against _posts\/x\.md:\n {2}new/);
    expect(text).not.toMatch(/\x1b\[/);
  });
  it('colours only when asked', () => {
    expect(formatPreview(digest, [], 'p', { color: true, width: 80, isNew: true })).toMatch(/\x1b\[1m/);
  });
});
