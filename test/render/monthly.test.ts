import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE } from '../../src/core/config.js';
import { dataFileSchema, type StoredDay } from '../../src/store/data-schema.js';
import { previousMonth } from '../../src/core/dates.js';
import { koreanMonth } from '../../src/core/post-format.js';
import { averageLikes, summarizeMonth, twoDecimals } from '../../src/digest/monthly.js';
import { grouped, renderMonthlyPost } from '../../src/render/monthly.js';
import { sameMonthlyData, serializeMonthlyData } from '../../src/store/data-file.js';
import { validatePost } from '../../src/posts/validate.js';
import { fixture } from '../helpers/fixtures.js';

const read = (path: string): StoredDay => dataFileSchema.parse(JSON.parse(fixture(path)));

describe('the numbers of a monthly summary', () => {
  it('has two decimals, rounded as the old crawler (Python) did', () => {
    expect(twoDecimals(2037 / 10)).toBe('203.70');
    expect(twoDecimals(6150 / 212)).toBe('29.01');
    // Exact halves go to the even digit; 2.675 is a little under its half as a double.
    expect([0.125, 0.375, 2.675, 0].map(twoDecimals)).toEqual(['0.12', '0.38', '2.67', '0.00']);
  });
  it('groups thousands', () => {
    expect([0, 999, 2037, 6150, 1234567].map(grouped)).toEqual(['0', '999', '2,037', '6,150', '1,234,567']);
  });
  it('names months without a leading zero, and knows the one before', () => {
    expect(koreanMonth('2026-01')).toBe('2026년 1월');
    expect(['2026-01-15', '2026-03-01', '2025-11-30'].map(previousMonth)).toEqual(['2025-12', '2026-02', '2025-10']);
  });
});

describe('the summary of the early real sample (2025-11: 10 papers, 2,037 likes, 203.70, 2 days)', () => {
  const days = [read('old-crawler/2025-11/daily-2025-11-01.json'), read('old-crawler/2025-11/daily-2025-11-02.json')];
  const s = summarizeMonth('2025-11', days);

  it('counts each paper once over the two days, and sums its likes once', () => {
    expect({ days: s.daysCrawled, papers: s.totalPapers, likes: s.totalLikes, average: averageLikes(s) }).toEqual({
      days: 2,
      papers: 10,
      likes: 2037,
      average: '203.70',
    });
  });

  it("renders the blog's post: the real one in today's style (permalink, Top 20, titles on one line)", () => {
    const post = renderMonthlyPost(s, DEFAULT_STYLE);
    expect(post).toBe(fixture('old-crawler/2025-11-01-monthly-papers-summary.expected.md'));
    expect(validatePost('2025-11-01-monthly-papers-summary.md', post)).toEqual([]);
  });

  it('writes monthly-2025-11.json with the statistics and the entries as in the daily files', () => {
    const data = JSON.parse(serializeMonthlyData(s, new Date('2025-12-01T02:00:00Z')));
    expect(Object.keys(data)).toEqual([
      'year',
      'month',
      'generated_at',
      'total_papers',
      'total_likes',
      'average_likes',
      'days_crawled',
      'top_papers',
      'top_tags',
    ]);
    expect(data).toMatchObject({
      year: 2025,
      month: 11,
      generated_at: '2025-12-01T02:00:00.000000',
      total_papers: 10,
      total_likes: 2037,
      average_likes: 203.7,
      days_crawled: 2,
      top_tags: [],
    });
    expect(data.top_papers).toHaveLength(10);
    // The paper as the later daily file has it, its title on one line, no institution, and its id.
    const later = JSON.parse(fixture('old-crawler/2025-11/daily-2025-11-02.json')).papers;
    const inFile = later.find((p: { url: string }) => p.url === 'https://huggingface.co/papers/2510.26298');
    expect(inFile.title).toContain('\n');
    expect(data.top_papers[4]).toEqual({ ...inFile, title: inFile.title.replace(/\n\s*/, ' '), institution: null, id: '2510.26298' });
  });

  it('is the same data when only generated_at differs', () => {
    const a = serializeMonthlyData(s, new Date('2025-12-01T02:00:00Z'));
    expect(sameMonthlyData(a, serializeMonthlyData(s, new Date('2025-12-01T14:00:00Z')))).toBe(true);
    expect(sameMonthlyData(a, serializeMonthlyData(summarizeMonth('2025-11', days.slice(0, 1)), new Date('2025-12-01T02:00:00Z')))).toBe(false);
    expect(sameMonthlyData(undefined, a)).toBe(false);
    // A damaged file (a run cut short) is rewritten.
    expect(sameMonthlyData(a.slice(0, 40), a)).toBe(false);
  });
});

describe('a month of old and new files, with tags', () => {
  // 2026-01-05, as hfdigest writes it: C, then A.
  const mine = dataFileSchema.parse({
    date: '2026-01-05',
    crawled_at: '2026-01-05T14:00:00.000000',
    total_papers: 2,
    listed_papers: 30,
    papers: [
      {
        title: 'C: a *star* title',
        url: 'https://huggingface.co/papers/2601.00003',
        published: '2026-01-05T14:00:00.000000',
        likes: 7,
        institution: 'Lab of C',
        paper_link: 'https://arxiv.org/abs/2601.00003',
        abstract: 'About C.',
        id: '2601.00003',
        rank: 1,
      },
      {
        title: 'A',
        url: 'https://huggingface.co/papers/2601.00001',
        published: '2026-01-05T14:00:00.000000',
        likes: 3,
        institution: null,
        paper_link: 'https://arxiv.org/abs/2601.00001',
        abstract: 'About A.',
        id: '2601.00001',
        rank: 2,
      },
    ],
  });
  // 2026-01-06, as the old crawler wrote it: A again with more likes, and B.
  const old = dataFileSchema.parse({
    date: '2026-01-06',
    crawled_at: '2026-01-06T13:30:57.853837',
    total_papers: 2,
    papers: [
      {
        title: 'B on\n  two lines',
        url: 'https://huggingface.co/papers/2601.00002',
        published: '2026-01-06T13:30:43.913628',
        likes: 1500,
        institution: 'Moonshot AI',
        tags: ['llm', ' llm '],
      },
      {
        title: 'A',
        url: 'https://huggingface.co/papers/2601.00001',
        published: '2026-01-06T13:30:43.913628',
        likes: 7,
        institution: '·3 authors2',
        paper_link: 'https://arxiv.org/abs/2601.00001',
        abstract: 'About\n  A.',
        tags: ['llm', 'rl'],
      },
    ],
  });

  it('ranks by likes, ties in the order first seen, each paper as its latest file records it', () => {
    const post = renderMonthlyPost(summarizeMonth('2026-01', [old, mine]), { author: 'someone', utcOffset: '+0100', monthlyPostTime: '08:30:00' });
    expect(post).toBe(`---
title: Hugging Face Papers Monthly Summary - 2026년 1월
permalink: /posts/monthly-papers-summary-2026-01/
date: 2026-01-01 08:30:00 +0100
categories: [Daily Papers, 월간]
tags: [huggingface, papers, monthly, ai, summary]
author: someone
---

# Hugging Face Papers 월간 요약 - 2026년 1월

## 📊 통계

- **총 논문 수**: 3개
- **총 좋아요 수**: 1,514
- **평균 좋아요 수**: 504.67
- **수집 일수**: 2일

## 🔥 가장 인기 있는 논문 Top 20

1. **B on two lines** - 👍 1500
   - 기관: Moonshot AI
   - [HF 페이지](https://huggingface.co/papers/2601.00002)

2. **C: a \\*star\\* title** - 👍 7
   - 기관: Lab of C
   - [HF 페이지](https://huggingface.co/papers/2601.00003)
   - [논문 링크](https://arxiv.org/abs/2601.00003)
   - Abstract: About C.

3. **A** - 👍 7
   - [HF 페이지](https://huggingface.co/papers/2601.00001)
   - [논문 링크](https://arxiv.org/abs/2601.00001)
   - Abstract: About A.

## 🏷️ 인기 태그 Top 10

1. \`llm\` - 2회
2. \`rl\` - 1회
`);
    expect(validatePost('2026-01-01-monthly-papers-summary.md', post)).toEqual([]);
  });

  it('keeps the top 20 of a longer month', () => {
    const many = { ...mine, papers: Array.from({ length: 25 }, (_, i) => ({ ...mine.papers[0]!, id: `2601.1${String(i).padStart(4, '0')}`, likes: i })) };
    const s = summarizeMonth('2026-01', [many]);
    expect(s.top.map((p) => p.likes)).toEqual(Array.from({ length: 20 }, (_, i) => 24 - i));
    expect(s.totalPapers).toBe(25);
  });
});
