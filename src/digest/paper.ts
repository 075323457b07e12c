import { repairText } from '../repair/repair.js';
import type { DailyPaperItem } from '../sources/hf/schema.js';
import { collapse } from '../core/text.js';

/** Upstream names and titles can arrive garbled too. */
const clean = (text: string): string => collapse(repairText(text).text);

/** A paper of the day, reduced to what hfdigest ranks, renders and records. */
export interface Paper {
  id: string;
  title: string;
  upvotes: number;
  comments: number;
  institution?: string;
  githubRepo?: string;
  githubStars?: number;
  /** HF's copy of the abstract: the fallback when arXiv does not answer for this paper. */
  hfSummary: string;
  authors: string[];
  aiSummary?: string;
  aiKeywords?: string[];
}

/** Maps a validated HF item to a Paper; hidden authors are dropped here, so nothing later can show them. */
export function toPaper(item: DailyPaperItem): Paper {
  const p = item.paper;
  return {
    id: p.id,
    title: clean(p.title),
    upvotes: p.upvotes,
    comments: item.numComments ?? 0,
    ...(p.organization ? { institution: clean(p.organization.fullname) } : {}),
    ...(p.githubRepo ? { githubRepo: p.githubRepo } : {}),
    ...(p.githubStars !== undefined ? { githubStars: p.githubStars } : {}),
    hfSummary: collapse(p.summary),
    authors: p.authors.filter((a) => a.hidden !== true).map((a) => collapse(a.name)),
    ...(p.ai_summary !== undefined ? { aiSummary: collapse(p.ai_summary) } : {}),
    ...(p.ai_keywords !== undefined ? { aiKeywords: p.ai_keywords } : {}),
  };
}

/** Keeps the first occurrence of each id: pages can overlap while HF adds papers during a crawl. */
export function uniqueById(papers: Paper[]): Paper[] {
  const seen = new Set<string>();
  return papers.filter((p) => !seen.has(p.id) && seen.add(p.id));
}
