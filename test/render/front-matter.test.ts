import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/posts/front-matter.js';
import { renderFrontMatter } from '../../src/render/front-matter.js';

describe('front matter', () => {
  it('reads back what it wrote, a bare day and a number-like title staying text', () => {
    const fields = { title: '2026', date: '2026-02-12', categories: ['Daily Papers', '일간'] };
    const text = renderFrontMatter(fields);
    expect(text).toBe('---\ntitle: "2026"\ndate: 2026-02-12\ncategories: [Daily Papers, 일간]\n---\n');
    // A YAML 1.1 reader (gray-matter's own js-yaml) would make `2026-02-12` a Date.
    expect(readFrontMatter(`${text}\nbody\n`).data).toEqual(fields);
  });
});
