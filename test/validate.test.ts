import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE } from '../src/config.js';
import { buildDigest } from '../src/digest.js';
import { toPaper } from '../src/paper.js';
import { rankPapers } from '../src/rank.js';
import { renderPost } from '../src/render.js';
import { parseDailyPapersJson } from '../src/sources/hf-parse.js';
import { validatePost } from '../src/validate.js';
import { fixture } from './helpers/fixtures.js';

const papers = parseDailyPapersJson(fixture('hf/daily_papers-2026-02-12.json')).map(toPaper);
const good = renderPost(buildDigest('2026-02-12', rankPapers(papers, 10), 48, new Map()), DEFAULT_STYLE);
const NAME = '2026-02-12-daily-papers.md';

describe('validatePost', () => {
  it('accepts a post hfdigest wrote', () => {
    expect(validatePost(NAME, good)).toEqual([]);
  });

  it('finds the old crawler junk in the original posts, by line', () => {
    const problems = validatePost(NAME, fixture('posts/2026-02-12-daily-papers.original.md'));
    // "ByteDance Seed" (line 40) and "Google" (line 52) had no stars and no comments, so they came out right.
    expect(problems.map((p) => p.line)).toEqual([16, 22, 28, 34, 46, 58, 64, 70]);
    expect(problems[0]!.message).toMatch(/"- 기관: StepFun1\.24k2" looks like the old crawler's junk/);
  });

  it.each([
    ['a wrong count', good.replace('총 **10개**', '총 **11개**'), /says 11 papers, lists 10/],
    ['a gap in the numbering', good.replace(/^3\. /m, '4. '), /entry numbered 4, expected 3/],
    ['an unsorted list', good.replace('👍 179', '👍 1'), /👍 121 ranks below 👍 1/],
    ['a missing arXiv link', good.replace(/^ {3}- \[논문 링크\].*\n/m, ''), /no "\[논문 링크\]/],
    ['mismatched links', good.replace('arxiv.org/abs/2602.10604', 'arxiv.org/abs/2602.99999'), /names another paper/],
    ['a heading unlike the title', good.replace('# Hugging Face Daily Papers - 2026-02-12', '# Daily'), /differs from the title/],
    ['a title broken over lines', good.replace('Open Frontier-Level', 'Open\n  Frontier-Level'), /broken over several lines/],
    ['no front matter', good.slice(4), /no front matter/],
    ['broken YAML', good.replace('author: lim4349', 'author: [lim4349'), /not valid YAML/],
    ['a missing date', good.replace(/^date: .*\n/m, ''), /front matter date: /],
  ])('reports %s', (_name, text, message) => {
    const problems = validatePost(NAME, text);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
  });

  it('checks only the front matter of other posts', () => {
    expect(validatePost('2025-11-18-mig-setup.md', "---\ntitle: MIG 설정하기\ndate: 2025-11-18 09:15:00 +0900\ncategories: ['정리']\n---\n\nfree text 1. **x**\n")).toEqual([]);
  });
});
