// The monthly summary post, in the form of the blog's first ones; its figures come from digest/monthly.ts.
import type { PostStyle } from '../core/config.js';
import type { StoredPaper } from '../store/data-schema.js';
import { averageLikes, MONTHLY_TAGS, MONTHLY_TOP, type MonthlySummary } from '../digest/monthly.js';
import {
  MONTHLY_CATEGORIES,
  monthlyHeading,
  monthlyTitle,
  postDate,
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
    date: postDate(`${s.month}-01`, style.monthlyPostTime, style.utcOffset),
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
