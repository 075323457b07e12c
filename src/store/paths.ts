import { join } from 'node:path';

/** The name hfdigest gives a new daily post. */
export const dailyPostName = (date: string): string => `${date}-daily-papers.md`;

/**
 * Picks the file that already holds `date`'s post among `names`: the plain name first, then an
 * older `D-daily-papers-<unix time>.md`, so that a day never gets a second post.
 */
export function existingDailyPost(names: readonly string[], date: string): string | undefined {
  const plain = dailyPostName(date);
  if (names.includes(plain)) return plain;
  const older = new RegExp(`^${date}-daily-papers-\\d+\\.md$`);
  return names.filter((n) => older.test(n)).sort()[0];
}

/** The path the day's post is written to. */
export function dailyPostPath(postsDir: string, names: readonly string[], date: string): string {
  return join(postsDir, existingDailyPost(names, date) ?? dailyPostName(date));
}

export const dataFilePath = (dataDir: string, date: string): string => join(dataDir, `daily-${date}.json`);
