import type { Paper } from './paper.js';

export type AbstractSource = 'arxiv' | 'hf';

/** A ranked paper with the abstract chosen for it. */
export interface DigestEntry extends Paper {
  rank: number;
  abstract: string;
  abstractSource: AbstractSource;
}

/** One day's digest: what the post and the data file are both rendered from. */
export interface Digest {
  date: string;
  /** How many papers the day had in all, before keeping the top N. */
  paperCount: number;
  entries: DigestEntry[];
}

/** Pairs ranked papers with arXiv's abstracts, falling back to Hugging Face's copy where arXiv has none. */
export function buildDigest(date: string, ranked: readonly Paper[], paperCount: number, abstracts: ReadonlyMap<string, string>): Digest {
  const entries = ranked.map((paper, i): DigestEntry => {
    const fromArxiv = abstracts.get(paper.id);
    return {
      ...paper,
      rank: i + 1,
      abstract: fromArxiv ?? paper.hfSummary,
      abstractSource: fromArxiv !== undefined ? 'arxiv' : 'hf',
    };
  });
  return { date, paperCount, entries };
}
