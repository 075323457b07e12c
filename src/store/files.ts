import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { decodeUtf8 } from '../core/text.js';

// The one module that writes files.

/** A file's text, or undefined when it does not exist. */
export async function readTextIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** A file's text; a missing file is a usage error naming `what`. */
export async function readTextRequired(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`${what} ${path} cannot be read (${code === 'ENOENT' ? 'no such file' : code})`);
  }
}

/** A text file's content, or why it is left alone: binary files (a NUL byte, or not UTF-8) never are read as text. */
export async function readUtf8File(path: string): Promise<{ text: string } | { skip: string } | { error: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code})` };
  }
  if (bytes.includes(0)) return { skip: 'binary file' };
  const text = decodeUtf8(bytes);
  return text === null ? { skip: 'not UTF-8 text' } : { text };
}

/** Fails with a usage error when `dir` exists and is not a directory; a missing one is created on write. */
export async function assertDirectory(dir: string, flag: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UsageError(`${flag} ${dir} is not a directory`);
}

/**
 * Writes `content` to `path` through a temp file in the same folder and a rename, so that a reader
 * (or a second run) sees the old file or the new one, never a part; the temp file never outlives the call.
 */
export async function writeAtomic(path: string, content: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, content, 'utf8');
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes the temp files that a killed run (SIGKILL, power loss) left in `dir`: writeAtomic's own
 * names, whose process is gone. A live run's temp files are left alone.
 */
export async function sweepStaleTemps(dir: string): Promise<void> {
  for (const name of await listFiles(dir)) {
    const m = TEMP_FILE.exec(name);
    if (m && Number(m[1]) !== process.pid && !isAlive(Number(m[1]))) await unlink(join(dir, name)).catch(() => undefined);
  }
}

export type WriteStatus = 'written' | 'unchanged';

/** Names of the files in `dir`, or none when it does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}
