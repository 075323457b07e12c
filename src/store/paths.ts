import { join } from 'node:path';
import { DAILY_POST_NAME, dailyPostName, MONTHLY_POST_NAME, monthlyPostName } from '../core/post-format.js';

/**
 * The file among `names` that already holds a post: the plain name first, then an older one with the
 * old crawler's `-<unix time>` suffix, so that a day or a month never gets a second post.
 */
function existingPost(names: readonly string[], plain: string, pattern: RegExp, key: string): string | undefined {
  if (names.includes(plain)) return plain;
  return names.filter((n) => pattern.exec(n)?.[1] === key).sort()[0];
}

export const existingDailyPost = (names: readonly string[], date: string): string | undefined =>
  existingPost(names, dailyPostName(date), DAILY_POST_NAME, date);

export const existingMonthlyPost = (names: readonly string[], month: string): string | undefined =>
  existingPost(names, monthlyPostName(month), MONTHLY_POST_NAME, month);

/** The path the day's post is written to. */
export const dailyPostPath = (postsDir: string, names: readonly string[], date: string): string =>
  join(postsDir, existingDailyPost(names, date) ?? dailyPostName(date));

/** The path a month's summary post is written to. */
export const monthlyPostPath = (postsDir: string, names: readonly string[], month: string): string =>
  join(postsDir, existingMonthlyPost(names, month) ?? monthlyPostName(month));

/** `_data/papers/daily-D.json`; group 1 of the pattern is the day. */
const dataFileName = (date: string): string => `daily-${date}.json`;
export const DATA_FILE_NAME = /^daily-(\d{4}-\d{2}-\d{2})\.json$/;
export const dataFilePath = (dataDir: string, date: string): string => join(dataDir, dataFileName(date));

export const monthlyDataPath = (dataDir: string, month: string): string => join(dataDir, `monthly-${month}.json`);
