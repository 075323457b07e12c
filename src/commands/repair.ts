import { readFile } from 'node:fs/promises';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import type { SyllableModel } from '../repair/model.js';
import { needsModel, repairText } from '../repair/repair.js';
import { writeAtomic } from '../store.js';

export interface RepairFlags {
  dryRun?: boolean;
  check?: boolean;
  json?: boolean;
}

type FileReport =
  | { path: string; status: 'changed' | 'unchanged'; codecs: string[]; uncertain: number[] }
  | { path: string; status: 'skipped' | 'error'; reason: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or why it is left alone: binary files (a NUL byte, or not UTF-8) are never modified. */
async function readText(path: string): Promise<{ text: string } | { skip: string } | { error: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code})` };
  }
  if (bytes.includes(0)) return { skip: 'binary file' };
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    return { skip: 'not UTF-8 text' };
  }
}

/** A line diff of the repair, for --dry-run. */
function diff(path: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const out = [`--- ${path}`, `+++ ${path} (repaired)`];
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i] === b[i]) continue;
    out.push(`@@ line ${i + 1} @@`);
    if (a[i] !== undefined) out.push(`-${a[i]}`);
    if (b[i] !== undefined) out.push(`+${b[i]}`);
  }
  return `${out.join('\n')}\n`;
}

/** `hfdigest repair FILE...`: restores mojibake in place; returns the exit code. */
export async function repairCommand(files: string[], flags: RepairFlags, io: Io): Promise<number> {
  const write = !flags.dryRun && !flags.check;
  let model: SyllableModel | undefined;
  const reports: FileReport[] = [];
  for (const path of files) {
    const read = await readText(path);
    if ('error' in read) {
      io.stderr(`${path}: error: ${read.error}`);
      reports.push({ path, status: 'error', reason: read.error });
      continue;
    }
    if ('skip' in read) {
      io.stderr(`${path}: skipped (${read.skip})`);
      reports.push({ path, status: 'skipped', reason: read.skip });
      continue;
    }
    if (!model && needsModel(read.text)) model = await (await import('../repair/korean-model.js')).loadKoreanModel();
    const result = repairText(read.text, model);
    if (result.changed && write) await writeAtomic(path, result.text);
    if (result.changed && flags.dryRun && !flags.json) io.stdout(diff(path, read.text, result.text));
    const status = result.changed ? 'changed' : 'unchanged';
    const how = result.changed ? ` (${result.codecs.join(' then ')})` : '';
    const unsure = result.uncertain.length ? `, uncertain at ${result.uncertain.map((l) => `${path}:${l}`).join(', ')}` : '';
    io.stderr(`${path}: ${write || !result.changed ? status : `would be ${status}`}${how}${unsure}`);
    reports.push({ path, status, codecs: result.codecs, uncertain: result.uncertain });
  }
  if (flags.json) io.stdout(`${JSON.stringify({ dryRun: !write, files: reports }, null, 2)}\n`);
  if (reports.some((r) => r.status === 'error')) return EXIT.usage;
  if (flags.check && reports.some((r) => r.status === 'changed')) return 1;
  return EXIT.ok;
}
