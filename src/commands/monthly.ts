import { join } from 'node:path';
import { styleFrom } from '../config.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { renderMonthly, summarizeMonth } from '../monthly.js';
import { loadConfig } from '../run-context.js';
import { assertDirectory, readTextIfExists, writeIfChanged } from '../store.js';

export interface MonthlyFlags {
  month?: string;
  postsDir?: string;
  dataDir?: string;
  config?: string;
  dryRun?: boolean;
  json?: boolean;
}

/** Validates `--month YYYY-MM`: a real month, not after the current one (UTC). */
export function resolveMonth(value: string | undefined, now: Date): string {
  if (!value || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new UsageError(`invalid month "${value ?? ''}": expected YYYY-MM`);
  if (value > now.toISOString().slice(0, 7)) throw new UsageError(`invalid month "${value}": it is in the future`);
  return value;
}

/** `hfdigest monthly`: the month's summary post, from its data files. */
export async function monthlyCommand(flags: MonthlyFlags, io: Io): Promise<void> {
  const month = resolveMonth(flags.month, io.now());
  const style = styleFrom(await loadConfig(flags.config));
  const postsDir = flags.postsDir ?? '_posts';
  const dataDir = flags.dataDir ?? join('_data', 'papers');
  await assertDirectory(postsDir, '--posts-dir');

  const { readStoredDays } = await import('../stored-days.js');
  const { days, warnings } = await readStoredDays(dataDir, month);
  for (const w of warnings) io.stderr(`warning: ${w}`);
  if (days.length === 0) throw new UsageError(`no data files for ${month} in ${dataDir} (expected daily-${month}-DD.json, written by "hfdigest fetch")`);

  const summary = summarizeMonth(month, days);
  const post = renderMonthly(summary, style);
  const path = join(postsDir, `${month}-01-monthly-papers-summary.md`);
  const status = flags.dryRun ? ((await readTextIfExists(path)) === post ? 'unchanged' : 'written') : await writeIfChanged(path, post);
  if (flags.dryRun && !flags.json) io.stdout(post);
  io.stderr(`${flags.dryRun ? 'dry run: would be ' : ''}${status} ${path} (${summary.days} days, ${summary.papers} papers)`);
  if (flags.json) {
    io.stdout(`${JSON.stringify({ path, status, dryRun: flags.dryRun === true, month, days: summary.days, papers: summary.papers, upvotes: summary.upvotes, warnings }, null, 2)}\n`);
  }
}
