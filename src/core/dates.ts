import { UsageError } from './errors.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC calendar day of `now` as YYYY-MM-DD. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Adds `days` to a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return utcDay(new Date(t));
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
  if (!m) throw new UsageError(`invalid date "${input ?? ''}": ${expected}`);
  const [, y, mo, d] = m;
  const parsed = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (utcDay(parsed) !== value || Number(y) < 1000) {
    throw new UsageError(`invalid date "${value}": no such day (${expected})`);
  }
  if (value > today) throw new UsageError(`invalid date "${value}": it is in the future (today is ${today} UTC)`);
  return value;
}
