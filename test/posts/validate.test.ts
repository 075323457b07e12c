import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE } from '../../src/core/config.js';
import { buildDigest } from '../../src/digest/digest.js';
import { toPaper } from '../../src/digest/paper.js';
import { rankPapers } from '../../src/digest/rank.js';
import { renderPost } from '../../src/render/post.js';
import { parseDailyPapersJson } from '../../src/sources/hf/parse.js';
import { validatePost } from '../../src/posts/validate.js';
import { fixture } from '../helpers/fixtures.js';

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
    expect(
      validatePost('2025-11-18-mig-setup.md', "---\ntitle: MIG 설정하기\ndate: 2025-11-18 09:15:00 +0900\ncategories: ['정리']\n---\n\nfree text 1. **x**\n"),
    ).toEqual([]);
  });
});

describe('validatePost, on monthly summaries', () => {
  const NAME = '2025-11-01-monthly-papers-summary.md';
  const early = fixture('blog/2025-11-01-monthly-papers-summary.early.md');
  const mine = fixture('old-crawler/2025-11-01-monthly-papers-summary.expected.md');

  it("accepts the blog's early style (no permalink, quoted lists, Top 10) but for its broken titles", () => {
    const problems = validatePost(NAME, early);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual(
      [32, 36, 40, 44, 48].map((line) => `${line}: the title is broken over several lines (run "hfdigest repair")`),
    );
    expect(validatePost(NAME, early.replace(/\n {2}(?=\S)/g, ' '))).toEqual([]);
  });

  it('accepts the current style, under an older name with a unix time too', () => {
    expect(validatePost(NAME, mine)).toEqual([]);
    const older = '2025-11-01-monthly-papers-summary-1761955200.md';
    expect(validatePost(older, mine)).toEqual([]);
    expect(validatePost(older, mine.replace('203.70', '203.80')).map((p) => p.message)).toEqual(['the average 203.80 is not 2037 likes / 10 papers']);
  });

  it.each([
    ['a wrong average', mine.replace('203.70', '203.80'), /^the average 203\.80 is not 2037 likes \/ 10 papers$/],
    ['fewer papers than listed', mine.replace('10개', '9개').replace('203.70', '226.33'), /^says 9 papers, lists 10$/],
    ['more papers than the heading says', mine.replace('Top 20', 'Top 5'), /^lists 10 papers under "🔥 가장 인기 있는 논문 Top 5"$/],
    ['no statistics heading', mine.replace('## 📊 통계\n', ''), /^no "## 📊 통계" heading$/],
    ['a missing statistic', mine.replace(/^- \*\*수집 일수\*\*.*\n/m, ''), /^no "- \*\*수집 일수\*\*: …" line$/],
    [
      'the daily heading',
      mine.replace('# Hugging Face Papers 월간 요약 - 2025년 11월', '# Hugging Face Papers Monthly Summary - 2025년 11월'),
      /^heading should be "# Hugging Face Papers 월간 요약 - 2025년 11월"$/,
    ],
    [
      "another month's title",
      mine.replace('title: Hugging Face Papers Monthly Summary - 2025년 11월', 'title: Hugging Face Papers Monthly Summary - 2025년 10월'),
      /^title should be "Hugging Face Papers Monthly Summary - 2025년 11월"$/,
    ],
    [
      'card text as institution',
      mine.replace(
        '   - [HF 페이지](https://huggingface.co/papers/2510.26583)',
        '   - 기관: BAAI1.2k3\n   - [HF 페이지](https://huggingface.co/papers/2510.26583)',
      ),
      /^"- 기관: BAAI1\.2k3" looks like the old crawler's junk \(run "hfdigest monthly --month 2025-11"\)$/,
    ],
    ['an entry without its HF page', mine.replace('   - [HF 페이지](https://huggingface.co/papers/2510.26583)\n', ''), /^entry has no "\[HF 페이지\]/],
    [
      'an arXiv link to another paper',
      mine.replace(
        '(https://huggingface.co/papers/2510.26583)',
        '(https://huggingface.co/papers/2510.26583)\n   - [논문 링크](https://arxiv.org/abs/2510.00000)',
      ),
      /^the arXiv link names another paper than the HF link$/,
    ],
  ])('reports %s', (_name, text, message) => {
    const problems = validatePost(NAME, text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(message);
  });
});
