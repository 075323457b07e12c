import { describe, expect, it } from 'vitest';
import { dataFileSchema, idOfPaperUrl } from '../../src/store/data-schema.js';
import { formatIssues } from '../../src/core/issues-format.js';
import { fixture } from '../helpers/fixtures.js';

const read = (path: string) => dataFileSchema.parse(JSON.parse(fixture(path)));
const problemsOf = (value: unknown) => {
  const result = dataFileSchema.safeParse(value);
  return result.success ? '' : formatIssues(result.error, 10);
};

describe("the data file reader, on the blog's own files", () => {
  it('reads daily-2025-11-03.json: ids from the url, titles joined, tags kept, card text dropped', () => {
    const day = read('blog/daily-2025-11-03.json');
    expect(day).toMatchObject({ date: '2025-11-03', crawledAt: '2025-11-03T13:30:57.853837' });
    expect(day).not.toHaveProperty('listedPapers');
    expect(day.papers.map((p) => p.id)).toEqual([
      '2510.26788',
      '2510.27492',
      '2510.26887',
      '2510.27258',
      '2510.27606',
      '2510.24411',
      '2510.25602',
      '2510.27688',
      '2510.27266',
      '2510.27623',
    ]);
    expect(day.papers[1]!.title).toBe('ThinkMorph: Emergent Properties in Multimodal Interleaved Chain-of-Thought Reasoning');
    expect(day.papers[0]).toMatchObject({
      url: 'https://huggingface.co/papers/2510.26788',
      likes: 86,
      institution: 'Sea AI Lab',
      paperLink: 'https://arxiv.org/abs/2510.26788',
      codeLink: 'https://github.com/sail-sg/Precision-RL',
      published: '2025-11-03T13:30:43.913628',
      tags: [],
    });
    expect(day.papers[0]!.abstract).toMatch(/^Reinforcement learning \(RL\) fine-tuning of large language models/);
    // "·8 authors" is the card of a paper without organization.
    expect(day.papers.map((p) => p.institution)).toEqual([
      'Sea AI Lab',
      undefined,
      undefined,
      'Model Architectures',
      'Intern Large Models',
      'NLP Group of The University of Hong Kong',
      'ByteDance Seed',
      'Tencent',
      undefined,
      undefined,
    ]);
  });

  it('reads daily-2026-01-20.json: nine papers, one without code_link, no tags, every institution card text', () => {
    const day = read('blog/daily-2026-01-20.json');
    expect(day.papers).toHaveLength(9);
    expect(day.papers.map((p) => p.likes)).toEqual([45, 20, 4, 4, 3, 3, 3, 3, 0]);
    expect(day.papers[5]).toMatchObject({ id: '2601.10387' });
    expect(day.papers[5]).not.toHaveProperty('codeLink');
    expect(day.papers.filter((p) => p.tags !== undefined || p.institution !== undefined)).toEqual([]);
  });

  it('reads daily-2026-08-22.json', () => {
    const day = read('blog/daily-2026-08-22.json');
    expect(day.papers.map((p) => `${p.id} ${p.likes}`).slice(0, 2)).toEqual(['2608.19880 245', '2608.18580 111']);
    expect(day.papers[1]).not.toHaveProperty('institution');
  });
});

describe('the data file reader, on what is not a data file', () => {
  const paper = { title: 'T', url: 'https://huggingface.co/papers/2602.00001', likes: 1 };
  const file = (papers: unknown[], extra: object = {}) => ({
    date: '2026-02-01',
    crawled_at: '2026-02-01T00:00:00.000000',
    total_papers: papers.length,
    papers,
    ...extra,
  });

  it('keeps the institution of a file hfdigest wrote, whatever it looks like', () => {
    const day = dataFileSchema.parse(file([{ ...paper, id: '2602.00001', institution: 'Lab42' }], { listed_papers: 30 }));
    expect(day).toMatchObject({ listedPapers: 30, papers: [{ id: '2602.00001', institution: 'Lab42' }] });
    expect(dataFileSchema.parse(file([{ ...paper, institution: 'Lab42' }])).papers[0]).not.toHaveProperty('institution');
  });

  it.each([
    ['a url that is no paper page', file([{ ...paper, url: 'https://huggingface.co/2602.00001' }]), /papers\.0\.url: expected a paper page URL/],
    ['an id that is not the url’s', file([{ ...paper, id: '2602.99999' }]), /papers\.0\.id: names another paper than url/],
    ['no likes', file([{ title: 'T', url: paper.url }]), /papers\.0\.likes: Invalid input: expected number, received undefined/],
    ['likes as text', file([{ ...paper, likes: '12' }]), /papers\.0\.likes: Invalid input: expected number, received string/],
    ['an unknown date', { ...file([]), date: '2026-2-1' }, /date: expected YYYY-MM-DD/],
    ['a date with more before it', { ...file([]), date: 'x2026-02-01' }, /date: expected YYYY-MM-DD/],
    ['a date with a time', { ...file([]), date: '2026-02-01T00:00:00' }, /date: expected YYYY-MM-DD/],
    ['a url inside a text', file([{ ...paper, url: `see ${paper.url}` }]), /papers\.0\.url: expected a paper page URL/],
    ['a url of a page below the paper', file([{ ...paper, url: `${paper.url}/discussions` }]), /papers\.0\.url: expected a paper page URL/],
    ['a file of another shape', { date: '2026-02-01', crawled_at: '', paper_count: 3, papers: [] }, /total_papers: Invalid input/],
  ])('refuses %s', (_name, value, message) => {
    expect(problemsOf(value)).toMatch(message);
  });
});

describe('idOfPaperUrl', () => {
  it.each([
    ['https://huggingface.co/papers/2602.00001', '2602.00001'],
    ['http://huggingface.co/papers/2602.00001', '2602.00001'],
    ['https://huggingface.co/papers/2602.00001/', '2602.00001'],
    ['https://huggingface.co/papers/2602.00001?utm_source=digest', '2602.00001'],
    ['https://huggingface.co/papers/2602.00001#community', '2602.00001'],
    ['https://huggingface.co/papers/2602.00001?a=1 b', undefined],
    ['https://huggingface.co/2602.00001', undefined],
    ['https://arxiv.org/abs/2602.00001', undefined],
  ])('%s → %s', (url, id) => expect(idOfPaperUrl(url)).toBe(id));

  it('reads the id of an http url and a url with a query in a data file', () => {
    const day = dataFileSchema.parse({
      date: '2026-02-01',
      crawled_at: '2026-02-01T00:00:00.000000',
      total_papers: 2,
      papers: [
        { title: 'A', url: 'http://huggingface.co/papers/2602.00001', likes: 1 },
        { title: 'B', url: 'https://huggingface.co/papers/2602.00002?ref=x', likes: 2, id: '2602.00002' },
      ],
    });
    expect(day.papers.map((p) => p.id)).toEqual(['2602.00001', '2602.00002']);
  });
});
