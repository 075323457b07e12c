import { z } from 'zod';
import type { ConfigFile } from './config.js';
import { UsageError } from './errors.js';
import { formatIssues } from './issues-format.js';
import { MAX_TOP } from './options.js';
import { readTextRequired } from '../store/files.js';

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, 'expected HH:MM:SS');

/** The config file (`--config FILE`, JSON). Every key is optional; the defaults give the blog's existing posts. */
const configSchema: z.ZodType<ConfigFile> = z.strictObject({
  author: z.string().min(1).optional(),
  categories: z.array(z.string().min(1)).optional(),
  tags: z.array(z.string().min(1)).optional(),
  postTime: timeOfDay.optional(),
  monthlyPostTime: timeOfDay.optional(),
  utcOffset: z
    .string()
    .regex(/^[+-](0\d|1[0-4])[0-5]\d$/, 'expected +HHMM or -HHMM')
    .optional(),
  top: z.number().int().min(1).max(MAX_TOP).optional(),
  permalink: z.string().min(1).optional(),
});

/** Parses and validates a config file's text; `name` is the path shown in errors. */
export function parseConfig(text: string, name: string): ConfigFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`config file ${name} is not valid JSON: ${(err as Error).message}`);
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) throw new UsageError(`config file ${name}: ${formatIssues(result.error)}`);
  return result.data;
}

/** Reads `--config FILE`, or an empty config when none is given. */
export async function loadConfig(path: string | undefined): Promise<ConfigFile> {
  if (path === undefined) return {};
  return parseConfig(await readTextRequired(path, 'config file'), path);
}
