import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existingDailyPost } from '../../src/store/paths.js';
import { assertDirectory, writeAtomic } from '../../src/store/files.js';
import { tempDirEachTest } from '../helpers/cli.js';

let dir: string;
tempDirEachTest((d) => (dir = d));

describe('writeAtomic', () => {
  it('creates folders, writes the bytes, and leaves no temp file', async () => {
    const path = join(dir, 'a', 'b', 'post.md');
    await writeAtomic(path, '일간\n');
    expect(await readFile(path, 'utf8')).toBe('일간\n');
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['post.md']);
  });

  it('makes the folder again when it was removed after a first write', async () => {
    const folder = join(dir, 'cache', 'arxiv');
    await writeAtomic(join(folder, '1.json'), 'one');
    await rm(join(dir, 'cache'), { recursive: true });
    await Promise.all([writeAtomic(join(folder, '2.json'), 'two'), writeAtomic(join(folder, '3.json'), 'three')]);
    expect((await readdir(folder)).sort()).toEqual(['2.json', '3.json']);
  });

  it('leaves no temp file when the rename fails', async () => {
    const target = join(dir, 'taken');
    await mkdir(join(target, 'inside'), { recursive: true });
    await expect(writeAtomic(target, 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
  });
});

describe('assertDirectory', () => {
  it('accepts a folder or a missing path and rejects a regular file', async () => {
    await assertDirectory(dir, '--posts-dir');
    await assertDirectory(join(dir, 'missing'), '--posts-dir');
    await writeFile(join(dir, 'file'), 'keep');
    await expect(assertDirectory(join(dir, 'file'), '--posts-dir')).rejects.toThrow(/--posts-dir .*file is not a directory/);
    expect(await readFile(join(dir, 'file'), 'utf8')).toBe('keep');
  });
});

describe('existingDailyPost', () => {
  it('prefers the plain name, then an older timestamped one, and ignores other days', () => {
    expect(existingDailyPost(['2026-02-12-daily-papers-1770854400.md', '2026-02-12-daily-papers.md'], '2026-02-12')).toBe('2026-02-12-daily-papers.md');
    expect(existingDailyPost(['2026-02-12-daily-papers-1770854400.md', '2026-02-13-daily-papers.md'], '2026-02-12')).toBe(
      '2026-02-12-daily-papers-1770854400.md',
    );
    expect(existingDailyPost(['2026-02-120-daily-papers.md', '2026-02-12-daily-papers-x.md', '2026-02-12-mig.md'], '2026-02-12')).toBeUndefined();
  });
});

describe('sweepStaleTemps', () => {
  it("removes the temp files of processes that are gone, and keeps a live one's and every other file", async () => {
    const { spawnSync } = await import('node:child_process');
    const { sweepStaleTemps } = await import('../../src/store/files.js');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const names = [`.p.md.${dead}.0123abcd.tmp`, `.p.md.${process.ppid}.0123abcd.tmp`, 'p.md', '.hidden', `x.${dead}.0123abcd.tmp`];
    for (const n of names) await writeFile(join(dir, n), 'x');
    await sweepStaleTemps(dir);
    expect((await readdir(dir)).sort()).toEqual(names.filter((n) => n !== `.p.md.${dead}.0123abcd.tmp`).sort());
  });
});
