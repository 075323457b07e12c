import { join } from 'node:path';
import { dataFileSchema, type StoredDay } from './data-schema.js';
import { formatIssues } from '../core/issues-format.js';
import { listFiles, readTextIfExists } from './files.js';
import { DATA_FILE_NAME, dataFilePath } from './paths.js';

/** A data file read back, or why it cannot be; a missing file is `undefined`. */
export async function readStoredDay(path: string, date?: string): Promise<{ day: StoredDay } | { problem: string } | undefined> {
  const text = await readTextIfExists(path);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: 'not JSON' };
  }
  const result = dataFileSchema.safeParse(json);
  if (!result.success) return { problem: formatIssues(result.error) };
  if (date !== undefined && result.data.date !== date) return { problem: `its date is ${result.data.date}, its name says ${date}` };
  return { day: result.data };
}

const dayOfDataFile = (name: string): string | undefined => DATA_FILE_NAME.exec(name)?.[1];

/** The names of a month's (`YYYY-MM`) daily data files in `dataDir`, in date order. */
export async function storedDayNames(dataDir: string, month: string): Promise<string[]> {
  return (await listFiles(dataDir)).filter((n) => dayOfDataFile(n)?.startsWith(`${month}-`)).sort();
}

/** The data files of a month (`YYYY-MM`), old and new alike; a damaged file is skipped with a warning. */
export async function readStoredDays(dataDir: string, month: string): Promise<{ days: StoredDay[]; warnings: string[] }> {
  const days: StoredDay[] = [];
  const warnings: string[] = [];
  for (const name of await storedDayNames(dataDir, month)) {
    const path = join(dataDir, name);
    const read = await readStoredDay(path, dayOfDataFile(name));
    if (read && 'day' in read) days.push(read.day);
    else if (read) warnings.push(`${path} skipped: ${read.problem}`);
  }
  return { days, warnings };
}

/**
 * How many papers Hugging Face listed on each of `dates`, from the data files that know it: the old
 * crawler's files keep only the top 10, which says nothing about a day's whole list.
 */
export async function recordedPaperCounts(dataDir: string, dates: readonly string[]): Promise<number[]> {
  // A damaged or unreadable data file says nothing about the usual count either.
  const reads = await Promise.all(dates.map((date) => readStoredDay(dataFilePath(dataDir, date), date).catch(() => undefined)));
  return reads.flatMap((read) => (read && 'day' in read && read.day.listedPapers !== undefined ? [read.day.listedPapers] : []));
}
