import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskCache } from '../../../src/sources/arxiv/cache.js';
import { tempDirEachTest } from '../../helpers/cli.js';

let dir: string;
tempDirEachTest((d) => (dir = d));

describe('diskCache', () => {
  it('gives back what was put, old-style ids included, and nothing else', async () => {
    const cache = diskCache(dir);
    await cache.put(
      new Map([
        ['2602.10604', 'An abstract.'],
        ['hep-th/9901001', 'Strings.'],
      ]),
    );
    expect(await readdir(join(dir, 'arxiv'))).toEqual(['2602.10604.json', 'hep-th_9901001.json']);
    const found = await cache.get(['hep-th/9901001', '2602.99999', '2602.10604']);
    expect([...found]).toEqual([
      ['hep-th/9901001', 'Strings.'],
      ['2602.10604', 'An abstract.'],
    ]);
  });

  it('treats a damaged, empty, mistyped or mismatched entry as a miss', async () => {
    const cache = diskCache(dir);
    await cache.put(new Map([['2602.00001', 'kept']]));
    await writeFile(join(dir, 'arxiv', '2602.00002.json'), '{"id": "2602.00002", "abs');
    await writeFile(join(dir, 'arxiv', '2602.00003.json'), '{"id": "2602.00003", "abstract": ""}');
    await writeFile(join(dir, 'arxiv', '2602.00004.json'), '{"id": "2602.00009", "abstract": "elsewhere"}');
    await writeFile(join(dir, 'arxiv', '2602.00005.json'), '{"id": "2602.00005", "abstract": 42}');
    await writeFile(join(dir, 'arxiv', '2602.00006.json'), 'null');
    const found = await cache.get(['2602.00001', '2602.00002', '2602.00003', '2602.00004', '2602.00005', '2602.00006']);
    expect([...found.keys()]).toEqual(['2602.00001']);
  });
});
