import { join } from 'node:path';
import { dataFileSchema, type StoredDay } from './data-schema.js';
import { formatIssues } from './issues-format.js';
import { listFiles, readTextIfExists } from './store.js';

/** The data files of a month (`YYYY-MM`), validated; a damaged file is skipped with a warning. */
export async function readStoredDays(dataDir: string, month: string): Promise<{ days: StoredDay[]; warnings: string[] }> {
  const names = (await listFiles(dataDir)).filter((n) => new RegExp(`^daily-${month}-\\d{2}\\.json$`).test(n)).sort();
  const days: StoredDay[] = [];
  const warnings: string[] = [];
  for (const name of names) {
    const path = join(dataDir, name);
    let parsed: unknown;
    try {
      parsed = JSON.parse((await readTextIfExists(path)) ?? '');
    } catch {
      warnings.push(`${path} skipped: not JSON`);
      continue;
    }
    const result = dataFileSchema.safeParse(parsed);
    if (result.success) days.push(result.data);
    else warnings.push(`${path} skipped: ${formatIssues(result.error)}`);
  }
  return { days, warnings };
}
