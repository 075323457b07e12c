import { z } from 'zod';

// The real shape of /api/daily_papers items. Keys that HF omits on some papers are
// optional, never nullable-by-guess; unknown keys are dropped, not refused, so that new fields do not
// break a run.

const organization = z.object({
  _id: z.string().optional(),
  name: z.string(),
  fullname: z.string(),
  avatar: z.string().optional(),
});

const author = z.object({
  _id: z.string().optional(),
  name: z.string(),
  hidden: z.boolean().optional(),
});

/** The paper object: an item's `paper`, and the body of `GET /api/papers/{id}`. */
export const hfPaper = z.object({
  id: z.string().min(1),
  title: z.string(),
  summary: z.string(),
  upvotes: z.number().int(),
  authors: z.array(author),
  publishedAt: z.string(),
  submittedOnDailyAt: z.string().optional(),
  organization: organization.optional(),
  githubRepo: z.string().optional(),
  githubStars: z.number().int().optional(),
  projectPage: z.string().optional(),
  ai_summary: z.string().optional(),
  ai_keywords: z.array(z.string()).optional(),
});

/** One item of the daily papers list. */
const dailyPaperItem = z.object({
  paper: hfPaper,
  numComments: z.number().int().optional(),
  title: z.string().optional(),
});

/** The body of `GET /api/daily_papers`: a bare array. */
export const dailyPapersPage = z.array(dailyPaperItem);

/** The `data-props` JSON of the `/papers/date/D` page. */
export const dailyPapersProps = z.object({ dailyPapers: dailyPapersPage });

export type DailyPaperItem = z.infer<typeof dailyPaperItem>;
export type HfPaper = z.infer<typeof hfPaper>;
