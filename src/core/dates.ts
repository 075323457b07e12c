import { UsageError } from './errors.js';

/** A day as YYYY-MM-DD; groups 1-3 are its year, month and day. */
export const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC calendar day of `now` as YYYY-MM-DD. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;
const startOf = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** Adds `days` to a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  return utcDay(new Date(startOf(day) + days * DAY_MS));
}

/** How many days from `from` to `to`, both counted. */
export const dayCount = (from: string, to: string): number => (startOf(to) - startOf(from)) / DAY_MS + 1;

/** The English name of a day's weekday: `2026-02-12` → `Thursday`. */
export const weekdayOf = (day: string): string => new Date(startOf(day)).toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' });

/** Every day from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): string[] {
  return Array.from({ length: Math.max(0, dayCount(from, to)) }, (_, i) => addDays(from, i));
}

/**
 * Resolves `--date` to a YYYY-MM-DD day. Hugging Face dates papers by `submittedOnDailyAt` in UTC,
 * so "today" is the UTC day, and a day after today cannot have papers yet.
 */
export function resolveDate(input: string | undefined, now: Date): string {
  const today = utcDay(now);
  const value = (input ?? 'today').trim();
  if (value === 'today') return today;
  if (value === 'yesterday') return addDays(today, -1);
  const m = ISO_DAY.exec(value);
  const expected = 'expected YYYY-MM-DD, "today" or "yesterday"';
  if (!m) throw new UsageError(`invalid date "${value}": ${expected}`);
  const [, y, mo, d] = m;
  const parsed = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (utcDay(parsed) !== value || Number(y) < 1000) {
    throw new UsageError(`invalid date "${value}": no such day (${expected})`);
  }
  if (value > today) throw new UsageError(`invalid date "${value}": it is in the future (today is ${today} UTC)`);
  return value;
}

/** Validates `--month`: `YYYY-MM`, not after the current month (UTC), or `previous` for the month before it. */
export function resolveMonth(value: string | undefined, now: Date): string {
  const current = utcDay(now).slice(0, 7);
  if (value === 'previous') return previousMonth(`${current}-01`);
  if (!value || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new UsageError(`invalid month "${value ?? ''}": expected YYYY-MM or "previous"`);
  if (value > current) throw new UsageError(`invalid month "${value}": it is in the future`);
  return value;
}

/** The month before a day's (`YYYY-MM-DD`) month. */
export function previousMonth(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}
