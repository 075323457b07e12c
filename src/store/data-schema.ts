import { z } from 'zod';
import { isJunkInstitution } from '../posts/institutions.js';
import { collapse } from '../core/text.js';
import { ISO_DAY } from '../core/dates.js';

/**
 * A paper as read back from a daily data file: the blog's old files (written by its old crawler) and
 * hfdigest's alike. hfdigest's own keys are absent from the old files.
 */
export interface StoredPaper {
  /** The last path part of `url` (the old files have no `id`). */
  id: string;
  title: string;
  url: string;
  /** The crawl time, as the old crawler wrote it. */
  published?: string;
  likes: number;
  /** The organization; absent when the paper has none, or when an old file holds only card text. */
  institution?: string;
  paperLink?: string;
  codeLink?: string;
  abstract?: string;
  tags?: string[];
  rank?: number;
  comments?: number;
  githubStars?: number;
  authors?: string[];
  abstractSource?: 'arxiv' | 'hf';
  aiSummary?: string;
  aiKeywords?: string[];
}

export interface StoredDay {
  date: string;
  crawledAt: string;
  /** How many papers Hugging Face listed that day: only hfdigest's files know it (the old ones keep the top 10). */
  listedPapers?: number;
  papers: StoredPaper[];
}

/**
 * The data file's paper keys by StoredPaper field, in the order they are written: the old crawler's
 * keys in its order and with its meanings, then hfdigest's beside them.
 */
export const PAPER_KEYS = {
  title: 'title',
  url: 'url',
  published: 'published',
  likes: 'likes',
  institution: 'institution',
  paperLink: 'paper_link',
  codeLink: 'code_link',
  abstract: 'abstract',
  tags: 'tags',
  id: 'id',
  rank: 'rank',
  comments: 'comments',
  githubStars: 'github_stars',
  authors: 'authors',
  abstractSource: 'abstract_source',
  aiSummary: 'ai_summary',
  aiKeywords: 'ai_keywords',
} as const satisfies Record<keyof StoredPaper, string>;

const HF_PAGE = /^https?:\/\/[^/\s]+\/papers\/([^/?#\s]+)\/?(?:[?#]\S*)?$/;

/** The paper id a Hugging Face paper page URL names. */
export const idOfPaperUrl = (url: string): string | undefined => HF_PAGE.exec(url)?.[1];

const text = z.string().nullable().optional();

const paperSchema = z
  .looseObject({
    // The old crawler's keys.
    title: z.string(),
    url: z.string().regex(HF_PAGE, 'expected a paper page URL like https://huggingface.co/papers/ID'),
    published: z.string().optional(),
    likes: z.number().int().min(0),
    institution: text,
    paper_link: text,
    code_link: text,
    abstract: text,
    tags: z.array(z.string()).optional(),
    // hfdigest's keys beside them.
    id: z.string().min(1).optional(),
    rank: z.number().int().min(1).optional(),
    comments: z.number().int().min(0).optional(),
    github_stars: z.number().int().min(0).optional(),
    authors: z.array(z.string()).optional(),
    abstract_source: z.enum(['arxiv', 'hf']).optional(),
    ai_summary: z.string().optional(),
    ai_keywords: z.array(z.string()).optional(),
  })
  .refine((p) => p.id === undefined || p.id === idOfPaperUrl(p.url), { message: 'names another paper than url', path: ['id'] });

type RawPaper = z.infer<typeof paperSchema>;

const nonEmpty = (value: string | null | undefined): string | undefined => {
  const v = value == null ? '' : collapse(value);
  return v === '' ? undefined : v;
};

function toStoredPaper(p: RawPaper): StoredPaper {
  const read = Object.fromEntries(Object.entries(PAPER_KEYS).map(([field, key]) => [field, p[key]]));
  // A paper without `id` comes from the old crawler, whose institution is card text unless it looks clean.
  const institution = nonEmpty(p.institution);
  const trusted = p.id !== undefined || (institution !== undefined && !isJunkInstitution(institution));
  const cleaned = {
    ...read,
    id: idOfPaperUrl(p.url),
    title: collapse(p.title),
    institution: trusted ? institution : undefined,
    paperLink: nonEmpty(p.paper_link),
    codeLink: nonEmpty(p.code_link),
    abstract: nonEmpty(p.abstract),
  };
  // Unknown stays absent, not undefined: a record reads back equal to the one it was written from.
  return Object.fromEntries(Object.entries(cleaned).filter(([, value]) => value != null)) as unknown as StoredPaper;
}

/**
 * A daily data file, `_data/papers/daily-D.json`: the blog's old files as they are and hfdigest's,
 * read to one record. Unknown keys are allowed, so a file someone added a key to still reads.
 */
export const dataFileSchema = z
  .looseObject({
    date: z.string().regex(ISO_DAY, 'expected YYYY-MM-DD'),
    crawled_at: z.string(),
    total_papers: z.number().int().min(0),
    listed_papers: z.number().int().min(0).optional(),
    papers: z.array(paperSchema),
  })
  .transform(
    (f): StoredDay => ({
      date: f.date,
      crawledAt: f.crawled_at,
      ...(f.listed_papers !== undefined ? { listedPapers: f.listed_papers } : {}),
      papers: f.papers.map(toStoredPaper),
    }),
  );
