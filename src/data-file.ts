import type { Digest } from './digest.js';
import { arxivAbsUrl, hfPaperUrl } from './links.js';

/** The JSON written to `{data-dir}/daily-D.json`, with snake_case keys for Jekyll's `site.data`. */
export interface DataFile {
  date: string;
  crawled_at: string;
  paper_count: number;
  papers: DataPaper[];
}

export interface DataPaper {
  rank: number;
  id: string;
  title: string;
  hf_url: string;
  arxiv_url: string;
  upvotes: number;
  comments: number;
  institution: string | null;
  github_repo: string | null;
  github_stars: number | null;
  authors: string[];
  abstract: string;
  abstract_source: 'arxiv' | 'hf';
  ai_summary?: string;
  ai_keywords?: string[];
}

/** The data file for a digest, stamped with the crawl time. */
export function toDataFile(digest: Digest, crawledAt: Date): DataFile {
  return {
    date: digest.date,
    crawled_at: crawledAt.toISOString(),
    paper_count: digest.paperCount,
    papers: digest.entries.map((e) => ({
      rank: e.rank,
      id: e.id,
      title: e.title,
      hf_url: hfPaperUrl(e.id),
      arxiv_url: arxivAbsUrl(e.id),
      upvotes: e.upvotes,
      comments: e.comments,
      institution: e.institution ?? null,
      github_repo: e.githubRepo ?? null,
      github_stars: e.githubStars ?? null,
      authors: e.authors,
      abstract: e.abstract,
      abstract_source: e.abstractSource,
      ...(e.aiSummary !== undefined ? { ai_summary: e.aiSummary } : {}),
      ...(e.aiKeywords !== undefined ? { ai_keywords: e.aiKeywords } : {}),
    })),
  };
}

export function serializeDataFile(data: DataFile): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** True when `existing` (a data file's text) records the same papers; the crawl time alone is no change. */
export function samePapers(existing: string | undefined, next: DataFile): boolean {
  if (existing === undefined) return false;
  try {
    const old = JSON.parse(existing) as Partial<DataFile>;
    return (
      old.date === next.date &&
      old.paper_count === next.paper_count &&
      JSON.stringify(old.papers) === JSON.stringify(next.papers)
    );
  } catch {
    return false;
  }
}
