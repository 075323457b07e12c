import type { Paper } from './paper.js';

/**
 * Orders papers by upvotes (most first); ties go to more comments, then to the smaller arXiv id,
 * so that the same listing always gives the same post.
 */
export function comparePapers(a: Paper, b: Paper): number {
  return b.upvotes - a.upvotes || b.comments - a.comments || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The top `n` papers of the day, ranked. */
export function rankPapers(papers: readonly Paper[], n: number): Paper[] {
  return [...papers].sort(comparePapers).slice(0, n);
}
