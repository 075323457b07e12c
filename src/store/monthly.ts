import type { PostStyle } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import { summarizeMonth, type MonthlySummary } from '../digest/monthly.js';
import { renderMonthlyPost } from '../render/monthly.js';
import { sameMonthlyData, serializeMonthlyData } from './data-file.js';
import { existingMonthlyPost, monthlyDataPath, monthlyPostPath } from './paths.js';
import { listFiles, readTextIfExists, writeAtomic, type WriteStatus } from './files.js';
import { readStoredDays, storedDayNames } from './stored-days.js';

export interface MonthlyTarget {
  postsDir: string;
  dataDir: string;
  style: PostStyle;
}

export interface MonthlyResult {
  summary: MonthlySummary;
  post: string;
  postPath: string;
  postStatus: WriteStatus;
  dataPath: string;
  dataStatus: WriteStatus;
}

/**
 * Writes the month's summary post and `monthly-YYYY-MM.json`, each only when it changed (the time it
 * was generated alone is no change); with `dryRun`, reports the same without writing. A month without
 * readable data files is a usage error; skipped files go to `warn`.
 */
export async function publishMonthly(
  month: string,
  target: MonthlyTarget,
  now: Date,
  dryRun: boolean,
  warn: (message: string) => void,
): Promise<MonthlyResult> {
  const { days, warnings } = await readStoredDays(target.dataDir, month);
  warnings.forEach(warn);
  if (days.length === 0) {
    throw new UsageError(`no data files for ${month} in ${target.dataDir} (expected daily-${month}-DD.json, written by "hfdigest fetch")`);
  }
  const summary = summarizeMonth(month, days);
  const post = renderMonthlyPost(summary, target.style);
  const data = serializeMonthlyData(summary, now);
  const postPath = monthlyPostPath(target.postsDir, await listFiles(target.postsDir), month);
  const dataPath = monthlyDataPath(target.dataDir, month);
  const [postBefore, dataBefore] = await Promise.all([readTextIfExists(postPath), readTextIfExists(dataPath)]);
  const postStatus: WriteStatus = postBefore === post ? 'unchanged' : 'written';
  const dataStatus: WriteStatus = sameMonthlyData(dataBefore, data) ? 'unchanged' : 'written';
  if (!dryRun) {
    // The post goes last: a month whose post exists is done (see monthlyDue), so it must not precede its data.
    if (dataStatus === 'written') await writeAtomic(dataPath, data);
    if (postStatus === 'written') await writeAtomic(postPath, post);
  }
  return { summary, post, postPath, postStatus, dataPath, dataStatus };
}

/**
 * The month `fetch` should summarise on its way, if any: the one before the fetched day's, once it has
 * data files and no summary post yet (the first run of a new month).
 */
export async function monthlyDue(month: string, target: Pick<MonthlyTarget, 'postsDir' | 'dataDir'>): Promise<boolean> {
  const [names, days] = await Promise.all([listFiles(target.postsDir), storedDayNames(target.dataDir, month)]);
  return days.length > 0 && existingMonthlyPost(names, month) === undefined;
}
