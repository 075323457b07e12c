import { PAPER_KEYS, type StoredDay, type StoredPaper } from './data-schema.js';
import type { Digest } from '../digest/digest.js';
import { averageLikes, type MonthlySummary } from '../digest/monthly.js';
import { arxivAbsUrl, hfPaperUrl } from '../core/post-format.js';

/**
 * A time as the old crawler wrote `crawled_at` and `published` (Python's `datetime.isoformat()` of a
 * UTC time): no zone suffix, microseconds.
 */
export const crawlTime = (at: Date): string => `${at.toISOString().slice(0, 23)}000`;

/** The day's record for its data file, stamped with the crawl time. */
export function toStoredDay(digest: Digest, crawledAt: Date): StoredDay {
  const at = crawlTime(crawledAt);
  return {
    date: digest.date,
    crawledAt: at,
    listedPapers: digest.paperCount,
    papers: digest.entries.map((e) => ({
      id: e.id,
      title: e.title,
      url: hfPaperUrl(e.id),
      published: at,
      likes: e.upvotes,
      ...(e.institution ? { institution: e.institution } : {}),
      paperLink: arxivAbsUrl(e.id),
      ...(e.githubRepo ? { codeLink: e.githubRepo } : {}),
      abstract: e.abstract,
      rank: e.rank,
      comments: e.comments,
      ...(e.githubStars !== undefined ? { githubStars: e.githubStars } : {}),
      authors: e.authors,
      abstractSource: e.abstractSource,
      ...(e.aiSummary !== undefined ? { aiSummary: e.aiSummary } : {}),
      ...(e.aiKeywords !== undefined ? { aiKeywords: e.aiKeywords } : {}),
    })),
  };
}

/**
 * A paper as an entry of a data file: the old crawler's keys, in its order and with its meanings, then
 * hfdigest's beside them. `institution` is null when there is none; `code_link` and the rest are left
 * out when unknown, as the old crawler left out `code_link`.
 */
export function paperEntry(p: StoredPaper): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  for (const [field, key] of Object.entries(PAPER_KEYS)) {
    const value = field === 'institution' ? (p.institution ?? null) : p[field as keyof StoredPaper];
    if (value !== undefined) entry[key] = value;
  }
  return entry;
}

/** The data file's JSON: `total_papers` counts the entries, `listed_papers` the day's whole listing. */
export function serializeDataFile(day: StoredDay): string {
  const file = {
    date: day.date,
    crawled_at: day.crawledAt,
    total_papers: day.papers.length,
    // Optional in a StoredDay, as the old crawler's files do not have it; JSON leaves out undefined.
    listed_papers: day.listedPapers,
    papers: day.papers.map(paperEntry),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A data file's JSON without its crawl times; throws when `text` is not a data file's JSON. */
function withoutCrawlTimes(text: string): string {
  const file = JSON.parse(text) as { papers: unknown[] };
  return JSON.stringify({ ...file, crawled_at: undefined, papers: file.papers.map((p) => ({ ...(p as object), published: undefined })) });
}

/**
 * True when `existing` (a data file's text) records the same papers as `next` would: the crawl time
 * alone (`crawled_at`, each paper's `published`) is no change. An old crawler's file, which lacks
 * hfdigest's keys, is rewritten, and so is a file that is not a data file's JSON.
 */
export function samePapers(existing: string | undefined, next: StoredDay): boolean {
  try {
    return existing !== undefined && withoutCrawlTimes(existing) === withoutCrawlTimes(serializeDataFile(next));
  } catch {
    return false;
  }
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
