import { styleFrom } from '../core/config.js';
import type { Io } from '../core/io.js';
import { FLAG_DEFAULTS } from '../core/options.js';
import { resolveMonth } from '../core/dates.js';
import { publishMonthly } from '../store/monthly.js';
import { loadConfig } from '../core/config-file.js';
import { checkOutput } from '../store/output.js';

export interface MonthlyFlags {
  month?: string;
  postsDir?: string;
  dataDir?: string;
  config?: string;
  dryRun?: boolean;
  json?: boolean;
}

/** `hfdigest monthly`: the month's summary post and `monthly-YYYY-MM.json`, from its daily data files. */
export async function monthlyCommand(flags: MonthlyFlags, io: Io): Promise<void> {
  const month = resolveMonth(flags.month, io.now());
  const style = styleFrom(await loadConfig(flags.config));
  const postsDir = flags.postsDir ?? FLAG_DEFAULTS.postsDir;
  const dataDir = flags.dataDir ?? FLAG_DEFAULTS.dataDir;
  await checkOutput({ postsDir, dataDir });

  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    io.stderr(`warning: ${message}`);
  };
  const dryRun = flags.dryRun === true;
  const r = await publishMonthly(month, { postsDir, dataDir, style }, io.now(), dryRun, warn);
  const { daysCrawled: days, totalPapers: papers, totalLikes: likes } = r.summary;
  if (dryRun && !flags.json) io.stdout(r.post);
  const prefix = dryRun ? 'dry run: would be ' : '';
  io.stderr(`${prefix}${r.postStatus} ${r.postPath} (${days} days, ${papers} papers)`);
  io.stderr(`${prefix}${r.dataStatus} ${r.dataPath}`);
  if (flags.json) {
    const summary = { month, dryRun, path: r.postPath, status: r.postStatus, dataPath: r.dataPath, dataStatus: r.dataStatus, days, papers, likes, warnings };
    io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  }
}
