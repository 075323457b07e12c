import { basename, join } from 'node:path';
import { EXIT, UsageError } from '../core/errors.js';
import type { Io } from '../core/io.js';
import { listFiles, readUtf8File } from '../store/files.js';
import { validatePost } from '../posts/validate.js';

/** `hfdigest validate [FILE...]`: `file:line: problem` lines; exit 4 when there is any. */
export async function validateCommand(files: string[], flags: { postsDir: string }, io: Io): Promise<number> {
  const postsDir = flags.postsDir;
  const targets =
    files.length > 0
      ? files
      : (await listFiles(postsDir))
          .filter((n) => n.endsWith('.md'))
          .sort()
          .map((n) => join(postsDir, n));
  if (targets.length === 0) throw new UsageError(`no posts to validate in ${postsDir}`);
  let problems = 0;
  let unreadable = 0;
  for (const file of targets) {
    const read = await readUtf8File(file);
    if (!('text' in read)) {
      io.stderr(`${file}: cannot be read (${'error' in read ? read.error : read.skip})`);
      unreadable += 1;
      continue;
    }
    for (const p of validatePost(basename(file), read.text)) {
      io.stdout(`${file}:${p.line}: ${p.message}\n`);
      problems += 1;
    }
  }
  io.stderr(`${targets.length - unreadable} posts checked, ${problems} problems${unreadable ? `, ${unreadable} unreadable` : ''}`);
  if (unreadable > 0) return EXIT.usage;
  return problems > 0 ? EXIT.findings : EXIT.ok;
}
