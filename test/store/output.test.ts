import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutput } from '../../src/store/output.js';
import { tempDirEachTest } from '../helpers/cli.js';

let dir: string;
tempDirEachTest((d) => (dir = d));

const output = (postsDir: string, dataDir: string) => ({ postsDir, dataDir, cacheDir: null, dryRun: false });

describe('checkOutput', () => {
  it('accepts folders that exist or are still to be made', async () => {
    await expect(checkOutput(output(dir, join(dir, 'new', 'data')))).resolves.toBeUndefined();
  });

  it('names the folder that is a file, the posts folder first when both are', async () => {
    await writeFile(join(dir, 'posts'), '');
    await writeFile(join(dir, 'data'), '');
    await expect(checkOutput(output(dir, join(dir, 'data')))).rejects.toThrow(/--data-dir .*data is not a directory/);
    await expect(checkOutput(output(join(dir, 'posts'), join(dir, 'data')))).rejects.toThrow(/--posts-dir .*posts is not a directory/);
  });
});
