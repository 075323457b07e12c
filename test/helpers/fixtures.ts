import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './cli.js';

/** A fixture file's text. */
export const fixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');

/** A recorded Hugging Face listing, parsed. */
export const hfDay = (date: string): any[] => JSON.parse(fixture(`hf/daily_papers-${date}.json`));
