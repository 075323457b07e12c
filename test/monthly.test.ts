import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE } from '../src/config.js';
import { toDataFile } from '../src/data-file.js';
import { buildDigest } from '../src/digest.js';
import { koreanMonth, renderMonthly, summarizeMonth } from '../src/monthly.js';
import { toPaper } from '../src/paper.js';
import { rankPapers } from '../src/rank.js';
import { parseDailyPapersJson } from '../src/sources/hf-parse.js';
import { validatePost } from '../src/validate.js';
import { fixture } from './helpers/fixtures.js';

function stored(date: string, top = 10) {
  const papers = parseDailyPapersJson(fixture(`hf/daily_papers-${date}.json`)).map(toPaper);
  return toDataFile(buildDigest(date, rankPapers(papers, top), papers.length, new Map()), new Date(`${date}T12:00:00Z`));
}

describe('summarizeMonth', () => {
  const days = [stored('2026-02-12'), stored('2026-02-16'), stored('2026-02-25')];
  const s = summarizeMonth('2026-02', days);

  it('counts days, papers and upvotes of each paper once', () => {
    expect(s.days).toBe(3);
    expect(s.papers).toBe(30);
    expect(s.upvotes).toBe(days.flatMap((d) => d.papers).reduce((n, p) => n + p.upvotes, 0));
  });

  it('keeps the top 20, ranked by upvotes, and a paper seen twice once, with its best count', () => {
    const again = structuredClone(days[0]!);
    again.date = '2026-02-13';
    again.papers[0]!.upvotes = 999;
    const twice = summarizeMonth('2026-02', [...days, again]);
    expect(twice.papers).toBe(30);
    expect(twice.top[0]).toMatchObject({ id: '2602.10604', upvotes: 999 });
    expect(twice.top).toHaveLength(20);
    for (let i = 1; i < twice.top.length; i += 1) expect(twice.top[i]!.upvotes).toBeLessThanOrEqual(twice.top[i - 1]!.upvotes);
  });

  it('counts keywords case-insensitively', () => {
    const [first] = s.keywords;
    const expected = days.flatMap((d) => d.papers).filter((p) => (p.ai_keywords ?? []).some((k) => k.toLowerCase() === first!.keyword.toLowerCase())).length;
    expect(first!.count).toBe(expected);
    expect(s.keywords.length).toBeLessThanOrEqual(20);
  });
});

describe('renderMonthly', () => {
  const post = renderMonthly(summarizeMonth('2026-02', [stored('2026-02-12'), stored('2026-02-16')]), DEFAULT_STYLE);
  it('has the monthly front matter', () => {
    expect(koreanMonth('2026-02')).toBe('2026년 2월');
    expect(post.startsWith('---\ntitle: Hugging Face Papers Monthly Summary - 2026년 2월\ndate: 2026-02-01 09:15:00 +0900\ncategories: [Daily Papers, 월간]\ntags: [huggingface, papers, monthly, ai]\nauthor: lim4349\n---\n')).toBe(true);
  });
  it('passes validate', () => {
    expect(validatePost('2026-02-01-monthly-papers-summary.md', post)).toEqual([]);
  });
  it('lists the top papers in the daily entry format', () => {
    expect(post).toMatch(/^2\. \*\*Step 3\.5 Flash: .*\*\* - 👍 179\n {3}- 기관: StepFun\n {3}- \[HF 페이지\]\(https:\/\/huggingface\.co\/papers\/2602\.10604\)$/m);
    expect(post).toMatch(/^- 수집 일수: 2일$/m);
  });
});
