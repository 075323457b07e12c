import type { PostStyle } from './config.js';
import type { StoredDay, StoredPaper } from './data-schema.js';
import { renderEntry, renderFrontMatter } from './render.js';
import { literalMarkdown } from './text.js';

export const MONTHLY_TOP = 20;
export const MONTHLY_KEYWORDS = 20;

/** What the monthly post says, computed from the month's data files. */
export interface MonthlySummary {
  month: string;
  days: number;
  papers: number;
  upvotes: number;
  top: StoredPaper[];
  keywords: Array<{ keyword: string; count: number }>;
}

/** Sums up the month: each paper once (its best-voted record), ranked like a day, and its keywords. */
export function summarizeMonth(month: string, days: readonly StoredDay[]): MonthlySummary {
  const best = new Map<string, StoredPaper>();
  for (const day of days) {
    for (const p of day.papers) {
      const seen = best.get(p.id);
      if (!seen || p.upvotes > seen.upvotes) best.set(p.id, p);
    }
  }
  const papers = [...best.values()].sort(
    (a, b) => b.upvotes - a.upvotes || b.comments - a.comments || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  // Keywords are counted case-insensitively and shown in their most frequent spelling.
  const counts = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const p of papers) {
    for (const k of new Set(p.ai_keywords ?? [])) {
      const key = k.trim().toLowerCase();
      if (!key) continue;
      const entry = counts.get(key) ?? { count: 0, spellings: new Map() };
      entry.count += 1;
      entry.spellings.set(k.trim(), (entry.spellings.get(k.trim()) ?? 0) + 1);
      counts.set(key, entry);
    }
  }
  const keywords = [...counts.entries()]
    .map(([key, e]) => ({ key, keyword: [...e.spellings.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0], count: e.count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))
    .slice(0, MONTHLY_KEYWORDS)
    .map(({ keyword, count }) => ({ keyword, count }));
  return {
    month,
    days: new Set(days.map((d) => d.date)).size,
    papers: papers.length,
    upvotes: papers.reduce((s, p) => s + p.upvotes, 0),
    top: papers.slice(0, MONTHLY_TOP),
    keywords,
  };
}

/** `2026-02` → `2026년 2월` */
export const koreanMonth = (month: string): string => `${month.slice(0, 4)}년 ${Number(month.slice(5, 7))}월`;

export const monthlyTitle = (month: string): string => `Hugging Face Papers Monthly Summary - ${koreanMonth(month)}`;

export const MONTHLY_STYLE = { categories: ['Daily Papers', '월간'], tags: ['huggingface', 'papers', 'monthly', 'ai'] };

/** The monthly post: totals, the top papers in the daily entry format, and the top keywords. */
export function renderMonthly(s: MonthlySummary, style: PostStyle): string {
  const title = monthlyTitle(s.month);
  const average = s.papers === 0 ? 0 : s.upvotes / s.papers;
  const lines = [
    `# ${title}`,
    '',
    '## 📈 이달의 통계',
    '',
    `- 수집 일수: ${s.days}일`,
    `- 논문 수: ${s.papers}개`,
    `- 총 좋아요: ${s.upvotes}`,
    `- 평균 좋아요: ${average.toFixed(1)}`,
    '',
    `## 🏆 이달의 논문 TOP ${s.top.length}`,
    '',
  ];
  const entries = s.top.map((p, i) =>
    renderEntry({ rank: i + 1, id: p.id, title: p.title, upvotes: p.upvotes, abstract: p.abstract, ...(p.institution ? { institution: p.institution } : {}) }),
  );
  const keywords = s.keywords.map((k, i) => `${i + 1}. ${literalMarkdown(k.keyword)} (${k.count})`);
  return (
    `${renderFrontMatter(title, `${s.month}-01`, style, MONTHLY_STYLE.categories, MONTHLY_STYLE.tags)}\n` +
    `${lines.join('\n')}\n` +
    entries.join('') +
    `## 🔑 주요 키워드\n\n${keywords.length ? `${keywords.join('\n')}\n` : '키워드가 없습니다.\n'}`
  );
}
