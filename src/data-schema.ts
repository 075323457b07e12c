import { z } from 'zod';

/** A data file as hfdigest writes it (data-file.ts), for the commands that read them back. */
export const dataFileSchema = z.looseObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  crawled_at: z.string(),
  paper_count: z.number().int().min(0),
  papers: z.array(
    z.looseObject({
      rank: z.number().int().min(1),
      id: z.string().min(1),
      title: z.string(),
      upvotes: z.number().int(),
      comments: z.number().int(),
      institution: z.string().nullable(),
      abstract: z.string(),
      ai_keywords: z.array(z.string()).optional(),
    }),
  ),
});

export type StoredDay = z.infer<typeof dataFileSchema>;
export type StoredPaper = StoredDay['papers'][number];
