// The monthly summary as the blog's old crawler wrote it on the first of each month.
import type { PostStyle } from '../core/config.js';
import { crawlTime, paperEntry } from '../store/data-file.js';
import type { StoredPaper } from '../store/data-schema.js';
import { averageLikes, MONTHLY_TAGS, MONTHLY_TOP, type MonthlySummary } from '../digest/monthly.js';
import {
  MONTHLY_CATEGORIES,
  monthlyHeading,
  monthlyTitle,
  STATISTICS,
  STATISTICS_HEADING,
  statisticLine,
  tagsHeading,
  topHeading,
} from '../core/post-format.js';
import { renderEntry } from './post.js';
import { renderFrontMatter } from './front-matter.js';

/** `6150` → `6,150` */
export const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const renderTopPaper = (p: StoredPaper, rank: number): string =>
  renderEntry({ rank, id: p.id, title: p.title, upvotes: p.likes, institution: p.institution, paperLink: p.paperLink, abstract: p.abstract || undefined });

/** The monthly post, `_posts/YYYY-MM-01-monthly-papers-summary.md`, dated the first of the month. */
export function renderMonthlyPost(s: MonthlySummary, style: Pick<PostStyle, 'author' | 'utcOffset' | 'monthlyPostTime'>): string {
  const frontMatter = renderFrontMatter({
    title: monthlyTitle(s.month),
    permalink: `/posts/monthly-papers-summary-${s.month}/`,
    date: `${s.month}-01 ${style.monthlyPostTime} ${style.utcOffset}`,
    categories: [...MONTHLY_CATEGORIES],
    tags: ['huggingface', 'papers', 'monthly', 'ai', 'summary'],
    author: style.author,
  });
  const body = [
    '',
    monthlyHeading(s.month),
    '',
    STATISTICS_HEADING,
    '',
    statisticLine(STATISTICS.papers, grouped(s.totalPapers)),
    statisticLine(STATISTICS.likes, grouped(s.totalLikes)),
    statisticLine(STATISTICS.average, averageLikes(s)),
    statisticLine(STATISTICS.days, grouped(s.daysCrawled)),
    '',
    topHeading(MONTHLY_TOP),
    '',
  ];
  const tags = s.topTags.length === 0 ? '' : `${tagsHeading(MONTHLY_TAGS)}\n\n${s.topTags.map((t, i) => `${i + 1}. \`${t.tag}\` - ${t.count}회\n`).join('')}`;
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
  try {
    const strip = (text: string) => JSON.stringify({ ...(JSON.parse(text) as object), generated_at: undefined });
    return existing !== undefined && strip(existing) === strip(next);
  } catch {
    return false;
  }
}
