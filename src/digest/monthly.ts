import type { StoredDay, StoredPaper } from '../store/data-schema.js';
import { collapse } from '../core/text.js';

// The monthly summary as the blog's old crawler wrote it on the first of each month.

export const MONTHLY_TOP = 20;
export const MONTHLY_TAGS = 10;

/** What the monthly post and `monthly-YYYY-MM.json` say, from the month's daily data files. */
export interface MonthlySummary {
  month: string;
  /** Data files read. */
  daysCrawled: number;
  /** Distinct papers (by id, that is by `url`). */
  totalPapers: number;
  /** The sum of each distinct paper's likes. */
  totalLikes: number;
  top: StoredPaper[];
  topTags: Array<{ tag: string; count: number }>;
}

/**
 * Sums up the month: each paper once, as the latest day that lists it records it (likes only grow),
 * ranked by likes, ties in the order first seen; tags counted once per paper, ties likewise.
 */
export function summarizeMonth(month: string, days: readonly StoredDay[]): MonthlySummary {
  const latest = new Map<string, StoredPaper>();
  // Setting a key again keeps its place in the map: the order first seen, kept by the stable sort.
  for (const day of [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    for (const p of day.papers) latest.set(p.id, p);
  }
  const papers = [...latest.values()].sort((a, b) => b.likes - a.likes);
  const tags = new Map<string, number>();
  for (const p of papers) {
    for (const tag of new Set((p.tags ?? []).map(collapse))) if (tag) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  return {
    month,
    daysCrawled: days.length,
    totalPapers: papers.length,
    totalLikes: papers.reduce((sum, p) => sum + p.likes, 0),
    top: papers.slice(0, MONTHLY_TOP),
    topTags: [...tags.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MONTHLY_TAGS)
      .map(([tag, count]) => ({ tag, count })),
  };
}

/**
 * `x` with two decimals as the old crawler (Python) formatted it: `toFixed` rounds an exact half up,
 * Python to even. A double is an exact half of a hundredth only at multiples of 1/8.
 */
export function twoDecimals(x: number): string {
  if (Number.isInteger(x * 8) && !Number.isInteger(x * 100)) {
    const down = Math.floor(x * 100);
    return ((down % 2 === 0 ? down : down + 1) / 100).toFixed(2);
  }
  return x.toFixed(2);
}

/** The average likes of a paper, with two decimals; 0.00 for a month without papers. */
export const averageLikes = (s: MonthlySummary): string => twoDecimals(s.totalPapers === 0 ? 0 : s.totalLikes / s.totalPapers);
