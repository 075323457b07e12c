import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE } from '../../src/core/config.js';
import { buildDigest, type Digest } from '../../src/digest/digest.js';
import { toPaper } from '../../src/digest/paper.js';
import { rankPapers } from '../../src/digest/rank.js';
import { dailyFrontMatter, renderPost } from '../../src/render/post.js';
import { parseDailyPapersJson } from '../../src/sources/hf/parse.js';
import { parseArxivFeed } from '../../src/sources/arxiv/feed.js';
import { fixture } from '../helpers/fixtures.js';

const ORIGINALS = ['2026-02-12', '2026-02-13'];

/** Rebuilds an original post's digest from its own lines: ids, upvotes, abstracts; titles from HF where known. */
function digestOfOriginal(post: string, date: string): Digest {
  const lines = post.split('\n');
  const titles = new Map(parseDailyPapersJson(fixture('hf/daily_papers-2026-02-12.json')).map((it) => [it.paper.id, it.paper.title]));
  const entries: Digest['entries'] = [];
  lines.forEach((line, i) => {
    const head = /^(\d+)\. \*\*(.*)\*\* - 👍 (\d+)$/.exec(line);
    if (!head) return;
    const id = /papers\/([^)]+)\)/.exec(lines[i + 2] ?? lines[i + 1] ?? '')![1]!;
    const abstract = lines
      .slice(i, i + 6)
      .find((l) => l.startsWith('   - Abstract: '))!
      .slice('   - Abstract: '.length);
    entries.push({
      id,
      rank: Number(head[1]),
      title: titles.get(id) ?? head[2]!,
      upvotes: Number(head[3]),
      comments: 0,
      hfSummary: '',
      authors: [],
      abstract,
      abstractSource: 'arxiv',
    });
  });
  return { date, paperCount: 48, entries };
}

describe('renderPost', () => {
  it.each(ORIGINALS)('reproduces the original post of %s line for line, without the junk institutions', (date) => {
    const original = fixture(`posts/${date}-daily-papers.original.md`);
    const rendered = renderPost(digestOfOriginal(original, date), DEFAULT_STYLE);
    // The old crawler's "기관" lines are junk (org + stars + comments) and go; a bare `*` in a title or an
    // abstract ("GigaBrain-0.5M*") is escaped so that kramdown does not turn it into emphasis.
    const expected = original
      .split('\n')
      .filter((l) => !l.startsWith('   - 기관: '))
      .map((l) => (l.startsWith('   - Abstract: ') ? l.replaceAll('*', '\\*') : l))
      .map((l) => l.replace(/^(\d+\. \*\*)(.*)(\*\* - 👍 \d+)$/, (_, a: string, t: string, b: string) => a + t.replaceAll('*', '\\*') + b))
      .join('\n');
    expect(rendered).toBe(expected);
  });

  it('keeps the front matter byte-identical to the existing posts', () => {
    const original = fixture('posts/2026-02-12-daily-papers.original.md');
    const frontMatter = original.slice(0, original.indexOf('---\n', 4) + 4);
    expect(dailyFrontMatter('Hugging Face Daily Papers - 2026-02-12', '2026-02-12', DEFAULT_STYLE)).toBe(frontMatter);
  });

  it('renders a recorded day as the snapshot file shows', async () => {
    const papers = parseDailyPapersJson(fixture('hf/daily_papers-2026-02-12.json')).map(toPaper);
    const abstracts = parseArxivFeed(fixture('arxiv/feed-2026-02-12.xml')).abstracts;
    abstracts.delete('2602.11144');
    const digest = buildDigest('2026-02-12', rankPapers(papers, 10), papers.length, abstracts);
    await expect(renderPost(digest, DEFAULT_STYLE)).toMatchFileSnapshot('__snapshots__/2026-02-12-daily-papers.md');
  });

  it('writes a paper without organization with no 기관 line, and one with an organization with exactly it', () => {
    const papers = parseDailyPapersJson(fixture('hf/daily_papers-2026-02-12.json')).map(toPaper);
    const post = renderPost(buildDigest('2026-02-12', rankPapers(papers, 48), 48, new Map()), DEFAULT_STYLE);
    const lines = post.split('\n').filter((l) => l.startsWith('   - 기관: '));
    // "SpeakLeash | Spichlerz": a bare pipe would make kramdown start a table.
    expect(lines).toContain('   - 기관: SpeakLeash \\| Spichlerz');
    const institutions = lines.map((l) => l.slice(9).replace(/\\(.)/g, '$1'));
    // Every organization of the recorded listing, read from the raw JSON, once each (the order is rank.test.ts's).
    const raw = JSON.parse(fixture('hf/daily_papers-2026-02-12.json')) as Array<{ paper: { organization?: { fullname: string } } }>;
    const organizations = raw.flatMap((item) => (item.paper.organization ? [item.paper.organization.fullname] : []));
    expect(institutions).toHaveLength(30);
    expect([...institutions].sort()).toEqual([...organizations].sort());
    expect(post).not.toMatch(/authors\d|·/);
  });

  it('uses a config that changes author, categories, tags, time and permalink', () => {
    const style = {
      ...DEFAULT_STYLE,
      author: 'kim',
      categories: ['Papers', 'AI: daily'],
      tags: ['hf'],
      postTime: '07:00:00',
      utcOffset: '+0000',
      permalink: '/papers/{year}/{month}/{day}/',
    };
    expect(dailyFrontMatter('T', '2026-02-12', style)).toBe(
      '---\ntitle: T\ndate: 2026-02-12 07:00:00 +0000\ncategories: [Papers, "AI: daily"]\ntags: [hf]\nauthor: kim\npermalink: /papers/2026/02/12/\n---\n',
    );
  });
});
