// Writes fixtures/blog-copy/ (see scripts/blog-copy.js): `node scripts/make-blog-copy.js`.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blogCopyFiles } from './blog-copy.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
const out = join(FIXTURES, 'blog-copy');
const files = blogCopyFiles(FIXTURES);
// Only what the builder makes is replaced; the folder's README stays.
await rm(join(out, '_posts'), { recursive: true, force: true });
await rm(join(out, '_data'), { recursive: true, force: true });
for (const [path, content] of files) {
  await mkdir(dirname(join(out, path)), { recursive: true });
  await writeFile(join(out, path), content);
}
console.log(`${files.size} files in ${out}`);
