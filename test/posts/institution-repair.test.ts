import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/core/errors.js';
import type { PaperSource } from '../../src/posts/institution-lookup.js';
import { repairInstitutions } from '../../src/posts/institution-repair.js';

const entry = (n: number, org: string, id?: string) =>
  [
    `${n}. **Paper ${n}** - 👍 ${10 - n}`,
    `   - 기관: ${org}`,
    ...(id ? [`   - [HF 페이지](https://huggingface.co/papers/${id})`] : []),
    '   - Abstract: Text.',
    '',
  ].join('\n');

/** Hugging Face knows 2601.00001 (Org) and 2601.00003 (Lab42, a name ending in digits); 2601.00004 makes it fail. */
const source: PaperSource = {
  listing: async () => new Map(),
  byId: async (id) => {
    if (id === '2601.00004') throw new UpstreamError('could not read paper 2601.00004 from Hugging Face: HTTP 503');
    return ({ '2601.00001': 'Org', '2601.00003': 'Lab42' } as Record<string, string>)[id];
  },
};

describe('repairInstitutions', () => {
  it('fixes what Hugging Face answers and says why each other junk line is left', async () => {
    const text = [
      entry(1, 'Org12', '2601.00001'),
      entry(2, 'NVIDIA1'),
      entry(3, 'Lab4233', '2601.00003'),
      entry(4, '·3 authors1', '2601.00002'),
      entry(5, 'Google1', '2601.00004'),
      entry(6, 'Google', '2601.00009'),
    ].join('\n');
    const result = await repairInstitutions([{ name: '2026-01-05-daily-papers.md', text }], source, () => undefined);
    expect(result.failed).toBe(true);
    const [post] = result.posts;
    expect(post!.set).toBe(2);
    expect(post!.removed).toBe(0);
    expect(post!.left.map((l) => [l.id, l.value, l.reason])).toEqual([
      [null, 'NVIDIA1', 'the entry has no "[HF 페이지](…/papers/ID)" line, so the paper is not known'],
      ['2601.00003', 'Lab42', `Hugging Face's own name for the organization of 2601.00003, "Lab42", ends in digits like the old crawler's junk`],
      ['2601.00002', '·3 authors1', 'Hugging Face does not know paper 2601.00002 (HTTP 404 by id)'],
      ['2601.00004', 'Google1', 'could not read paper 2601.00004 from Hugging Face: HTTP 503'],
    ]);
    const lines = post!.text.split('\n');
    for (const l of post!.left) expect(lines[l.line - 1]).toBe(`   - 기관: ${l.value}`);
    expect(post!.text).toContain('   - 기관: Org\n');
    expect(post!.text).toContain('   - 기관: Google\n   - [HF 페이지](https://huggingface.co/papers/2601.00009)');
  });
});
