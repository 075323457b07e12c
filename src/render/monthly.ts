import type { PostStyle } from '../core/config.js';
import { crawlTime, paperEntry } from '../store/data-file.js';
import type { StoredDay, StoredPaper } from '../store/data-schema.js';
import { hfPaperUrl } from '../digest/paper.js';
import { collapse, literalMarkdown } from '../core/text.js';
import { renderFrontMatter } from './front-matter.js';

// The monthly summary as the blog's old crawler wrote it on the first of each month.

export const MONTHLY_TOP = 20;
export const MONTHLY_TAGS = 10;

/** What the monthly post and `monthly-YYYY-MM.json` say, from the month's daily data files. */
export interface MonthlySummary {
  month: string;
  /** Data files read. */
  daysCrawled: number;
  /** Distinct papers (by id, that is by `url`). */
  totalPapers: number;
  /** The sum of each distinct paper's likes. */
  totalLikes: number;
  top: StoredPaper[];
  topTags: Array<{ tag: string; count: number }>;
}

/**
 * Sums up the month: each paper once, as the latest day that lists it records it (likes only grow),
 * ranked by likes, ties in the order first seen; tags counted once per paper, ties likewise.
 */
export function summarizeMonth(month: string, days: readonly StoredDay[]): MonthlySummary {
  const latest = new Map<string, StoredPaper>();
  // Setting a key again keeps its place in the map: the order first seen, kept by the stable sort.
  for (const day of [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    for (const p of day.papers) latest.set(p.id, p);
  }
  const papers = [...latest.values()].sort((a, b) => b.likes - a.likes);
  const tags = new Map<string, number>();
  for (const p of papers) {
    for (const tag of new Set((p.tags ?? []).map(collapse))) if (tag) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  return {
    month,
    daysCrawled: days.length,
    totalPapers: papers.length,
    totalLikes: papers.reduce((sum, p) => sum + p.likes, 0),
    top: papers.slice(0, MONTHLY_TOP),
    topTags: [...tags.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MONTHLY_TAGS)
      .map(([tag, count]) => ({ tag, count })),
  };
}

/**
 * `x` with two decimals as the old crawler (Python) formatted it: `toFixed` rounds an exact half up,
 * Python to even. A double is an exact half of a hundredth only at multiples of 1/8.
 */
export function twoDecimals(x: number): string {
  if (Number.isInteger(x * 8) && !Number.isInteger(x * 100)) {
    const down = Math.floor(x * 100);
    return ((down % 2 === 0 ? down : down + 1) / 100).toFixed(2);
  }
  return x.toFixed(2);
}

/** The average likes of a paper, with two decimals; 0.00 for a month without papers. */
export const averageLikes = (s: MonthlySummary): string => twoDecimals(s.totalPapers === 0 ? 0 : s.totalLikes / s.totalPapers);

/** `6150` → `6,150` */
export const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** `2026-01` → `2026년 1월` */
export const koreanMonth = (month: string): string => `${month.slice(0, 4)}년 ${Number(month.slice(5, 7))}월`;

export const monthlyTitle = (month: string): string => `Hugging Face Papers Monthly Summary - ${koreanMonth(month)}`;
export const monthlyHeading = (month: string): string => `# Hugging Face Papers 월간 요약 - ${koreanMonth(month)}`;

/** The month before a day's (`YYYY-MM-DD`) month. */
export function previousMonth(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

function renderTopPaper(p: StoredPaper, rank: number): string {
  const lines = [`${rank}. **${literalMarkdown(p.title)}** - 👍 ${p.likes}`];
  if (p.institution) lines.push(`   - 기관: ${literalMarkdown(p.institution)}`);
  lines.push(`   - [HF 페이지](${hfPaperUrl(p.id)})`);
  if (p.paperLink) lines.push(`   - [논문 링크](${p.paperLink})`);
  if (p.abstract) lines.push(`   - Abstract: ${literalMarkdown(p.abstract)}`);
  return `${lines.join('\n')}\n\n`;
}

/** The monthly post, `_posts/YYYY-MM-01-monthly-papers-summary.md`, dated the first of the month. */
export function renderMonthlyPost(s: MonthlySummary, style: Pick<PostStyle, 'author' | 'utcOffset' | 'monthlyPostTime'>): string {
  const frontMatter = renderFrontMatter({
    title: monthlyTitle(s.month),
    permalink: `/posts/monthly-papers-summary-${s.month}/`,
    date: `${s.month}-01 ${style.monthlyPostTime} ${style.utcOffset}`,
    categories: ['Daily Papers', '월간'],
    tags: ['huggingface', 'papers', 'monthly', 'ai', 'summary'],
    author: style.author,
  });
  const body = [
    '',
    monthlyHeading(s.month),
    '',
    '## 📊 통계',
    '',
    `- **총 논문 수**: ${grouped(s.totalPapers)}개`,
    `- **총 좋아요 수**: ${grouped(s.totalLikes)}`,
    `- **평균 좋아요 수**: ${averageLikes(s)}`,
    `- **수집 일수**: ${grouped(s.daysCrawled)}일`,
    '',
    `## 🔥 가장 인기 있는 논문 Top ${MONTHLY_TOP}`,
    '',
  ];
  const tags =
    s.topTags.length === 0 ? '' : `## 🏷️ 인기 태그 Top ${MONTHLY_TAGS}\n\n${s.topTags.map((t, i) => `${i + 1}. \`${t.tag}\` - ${t.count}회\n`).join('')}`;
  return `${frontMatter}${body.join('\n')}\n${s.top.map((p, i) => renderTopPaper(p, i + 1)).join('')}${tags}`;
}

/** `monthly-YYYY-MM.json`: the statistics, the top papers as entries of the daily files, and the top tags. */
export function serializeMonthlyData(s: MonthlySummary, generatedAt: Date): string {
  const data = {
    year: Number(s.month.slice(0, 4)),
    month: Number(s.month.slice(5, 7)),
    generated_at: crawlTime(generatedAt),
    total_papers: s.totalPapers,
    total_likes: s.totalLikes,
    average_likes: Number(averageLikes(s)),
    days_crawled: s.daysCrawled,
    top_papers: s.top.map(paperEntry),
    top_tags: s.topTags,
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** True when `existing` says what `next` says; the time it was generated alone is no change. */
export function sameMonthlyData(existing: string | undefined, next: string): boolean {
  if (existing === undefined) return false;
  try {
    const strip = (text: string) => JSON.stringify({ ...(JSON.parse(text) as object), generated_at: undefined });
    return strip(existing) === strip(next);
  } catch {
    return false;
  }
}
