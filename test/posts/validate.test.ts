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
    expect(problems[0]!.message).toBe('"- 기관: StepFun1.24k2" looks like the old crawler\'s junk (run "hfdigest repair --institutions")');
  });

  // The post hfdigest writes has its front matter on lines 1-7; the body starts on line 8, the first entry on line 15.
  it.each([
    ['no heading', good.replace('# Hugging Face Daily Papers - 2026-02-12\n', ''), [[8, 'no "# " heading']]],
    [
      "another day's title",
      good.replaceAll('Hugging Face Daily Papers - 2026-02-12', 'Hugging Face Daily Papers - 2026-02-11'),
      [[2, 'title should be "Hugging Face Daily Papers - 2026-02-12"']],
    ],
    [
      'a wrong title and a heading unlike it, in the order of the lines',
      good
        .replaceAll('Hugging Face Daily Papers - 2026-02-12', 'Hugging Face Daily Papers - 2026-02-11')
        .replace('# Hugging Face Daily Papers - 2026-02-11', '# Daily'),
      [
        [2, 'title should be "Hugging Face Daily Papers - 2026-02-12"'],
        [9, 'heading "# Daily" differs from the title "Hugging Face Daily Papers - 2026-02-11"'],
      ],
    ],
    [
      'no title',
      good.replace(/^title: .*\n/m, ''),
      [
        [1, 'front matter title: Invalid input: expected string, received undefined'],
        [2, 'title should be "Hugging Face Daily Papers - 2026-02-12"'],
        [8, 'heading "# Hugging Face Daily Papers - 2026-02-12" differs from the title ""'],
      ],
    ],
    ['no count line', good.replace('총 **10개**의 논문이 수집되었습니다.\n', ''), [[8, 'no "총 **N개**의 논문이 수집되었습니다." line']]],
    ['no ranking heading', good.replace('## 📊 좋아요 순위\n', ''), [[8, 'no "## 📊 좋아요 순위" heading']]],
    [
      'no papers',
      good.slice(0, good.indexOf('1. **')),
      [
        [8, 'no numbered papers'],
        [11, 'says 10 papers, lists 0'],
      ],
    ],
    [
      'an entry line without its upvotes, before the others',
      good.replace(' - 👍 179', ''),
      [
        [15, 'entry line is not "N. **Title** - 👍 upvotes"'],
        [21, '👍 121 ranks below 👍 0'],
      ],
    ],
    ['an entry without its abstract', good.replace(/^ {3}- Abstract: .*\n/m, ''), [[15, 'entry has no "Abstract:" line']]],
    [
      'a line in an entry that is none of its items',
      good.replace('   - 기관: StepFun', '   - 기관: StepFun\n   see also the project page at https://example.com/very/long/path'),
      [[17, 'unexpected line in an entry: "see also the project page at https://exa"']],
    ],
  ])('reports %s, at its line', (_name, text, problems) => {
    expect(validatePost(NAME, text).map((p) => [p.line, p.message])).toEqual(problems);
  });

  it('takes an organization whose name ends in digits, and an indented line before the first entry', () => {
    expect(validatePost(NAME, good.replace('   - 기관: StepFun', '   - 기관: Ai2'))).toEqual([]);
    expect(validatePost(NAME, good.replace('## 📊 좋아요 순위\n', '## 📊 좋아요 순위\n   (an indented note)\n'))).toEqual([]);
  });

  it('reports a title broken over lines once, however far its next line is indented', () => {
    for (const indent of ['  ', '   ']) {
      expect(validatePost(NAME, good.replace('Open Frontier-Level', `Open\n${indent}Frontier-Level`))).toEqual([
        { line: 15, message: 'the title is broken over several lines (run "hfdigest repair")' },
      ]);
    }
  });

  it.each(['2026-02-12', '2026-02-12 09:15', '2026-02-12 09:15:00', '2026-02-12 09:15 +0900', '2026-02-12 09:15:00 -0500'])(
    'takes the date %j, a form Jekyll reads',
    (date) => {
      expect(validatePost(NAME, good.replace('date: 2026-02-12 09:15:00 +0900', `date: ${date}`))).toEqual([]);
    },
  );

  it.each(['on 2026-02-12', '2026-02-12 09:15:00 KST', '2026-02-12 9:15'])('refuses the date %j', (date) => {
    expect(validatePost(NAME, good.replace('date: 2026-02-12 09:15:00 +0900', `date: ${date}`))).toEqual([
      { line: 1, message: 'front matter date: expected YYYY-MM-DD HH:MM:SS +HHMM' },
    ]);
  });

  it('names the front matter field that is missing', () => {
    expect(validatePost(NAME, good.replace(/^title: .*\n/m, ''))).toContainEqual({ line: 1, message: expect.stringMatching(/^front matter title: ./) });
  });

  it('says what is wrong with broken YAML on one line', () => {
    const problems = validatePost(NAME, good.replace('author: lim4349', 'author: [lim4349'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a \]/);
    expect(problems[0]!.message).not.toContain('\n');
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
    ['no top heading', mine.replace(/^## 🔥.*\n/m, ''), /^no "## 🔥 가장 인기 있는 논문 Top N" heading$/],
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
  // Its front matter is on lines 1-8: what is missing from its body is reported at line 9.
  it.each(['총 논문 수', '총 좋아요 수', '평균 좋아요 수', '수집 일수'])('reports a missing "%s" line, and nothing else', (label) => {
    const text = mine.replace(new RegExp(`^- \\*\\*${label}\\*\\*.*\\n`, 'm'), '');
    expect(validatePost(NAME, text)).toEqual([{ line: 9, message: `no "- **${label}**: …" line` }]);
  });

  it('takes no average over no papers but 0.00 over no likes', () => {
    const none = (likes: string) => mine.replace('10개', '0개').replace('2,037', likes).replace('203.70', '0.00');
    expect(validatePost(NAME, none('0')).map((p) => p.message)).toEqual(['says 0 papers, lists 10']);
    expect(validatePost(NAME, none('5')).map((p) => p.message)).toEqual(['says 0 papers, lists 10', 'the average 0.00 is not 5 likes / 0 papers']);
  });

  it('takes an average that Python rounded half to even, half a hundredth from likes / papers', () => {
    // 5 likes over 40 papers: 0.125, written 0.12.
    expect(validatePost(NAME, mine.replace('10개', '40개').replace('2,037', '5').replace('203.70', '0.12'))).toEqual([]);
  });
});
