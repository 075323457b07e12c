import { addDays, weekdayOf } from '../core/dates.js';

/** The same weekday in the `weeks` weeks before `date`: where a comparable day's count is found. */
export const sameWeekdaysBefore = (date: string, weeks = 4): string[] => Array.from({ length: weeks }, (_, i) => addDays(date, -7 * (i + 1)));

/**
 * A warning when the day's list is much shorter than the same weekday's usually is: early in the UTC
 * day Hugging Face's list is partial (one day had 28 papers at 08:25 UTC and 48 later).
 */
export function completenessWarning(date: string, count: number, earlier: readonly number[], ratio = 0.6): string | undefined {
  if (earlier.length === 0) return undefined;
  const sorted = [...earlier].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  if (count >= median * ratio) return undefined;
  return `${date} lists ${count} papers, fewer than usual for a ${weekdayOf(date)} (median ${median} over ${earlier.length} earlier weeks): Hugging Face may still be adding papers; run again later to refresh`;
}
