import { describe, expect, it } from 'vitest';
import { crawlTime, paperEntry, samePapers, serializeDataFile, toStoredDay } from '../../src/store/data-file.js';
import { dataFileSchema } from '../../src/store/data-schema.js';
import { buildDigest } from '../../src/digest/digest.js';
import { toPaper } from '../../src/digest/paper.js';
import { rankPapers } from '../../src/digest/rank.js';
import { parseDailyPapersJson } from '../../src/sources/hf/parse.js';
import { fixture, hfDay } from '../helpers/fixtures.js';

const dayOf = (date: string, top: number, arxiv = new Map<string, string>()) => {
  const papers = parseDailyPapersJson(fixture(`hf/daily_papers-${date}.json`)).map(toPaper);
  return buildDigest(date, rankPapers(papers, top), papers.length, arxiv);
};
const digest = dayOf('2026-02-12', 10, new Map([['2602.10604', 'From arXiv.']]));
const at = new Date('2026-02-12T14:22:51.692Z');
const written = JSON.parse(serializeDataFile(toStoredDay(digest, at)));
// The blog's own files, written by its old crawler.
const blog = ['daily-2025-11-03.json', 'daily-2026-01-20.json', 'daily-2026-08-22.json'].map((n) => JSON.parse(fixture(`blog/${n}`)));

describe('the data file hfdigest writes', () => {
  it("keeps every key of the blog's files, in their order", () => {
    for (const file of blog) {
      expect(Object.keys(written).filter((k) => k in file)).toEqual(Object.keys(file));
      for (const paper of file.papers) {
        // tags: the old crawler's later files leave it out too (see README, "Data files").
        const keys = Object.keys(paper).filter((k) => k !== 'tags');
        expect(keys.filter((k) => !(k in written.papers[0]))).toEqual([]);
      }
    }
    expect(Object.keys(written.papers[0]).slice(0, 8)).toEqual(['title', 'url', 'published', 'likes', 'institution', 'paper_link', 'code_link', 'abstract']);
  });

  it('gives each key its meaning: counts, links, likes, organization, GitHub repository, crawl time', () => {
    expect(written).toMatchObject({ date: '2026-02-12', crawled_at: '2026-02-12T14:22:51.692000', total_papers: 10, listed_papers: 48 });
    expect(written.papers).toHaveLength(10);
    expect(written.papers[0]).toMatchObject({
      title: 'Step 3.5 Flash: Open Frontier-Level Intelligence with 11B Active Parameters',
      url: 'https://huggingface.co/papers/2602.10604',
      published: '2026-02-12T14:22:51.692000',
      likes: 179,
      institution: 'StepFun',
      paper_link: 'https://arxiv.org/abs/2602.10604',
      code_link: 'https://github.com/stepfun-ai/Step-3.5-Flash',
      abstract: 'From arXiv.',
      id: '2602.10604',
      rank: 1,
      comments: 5,
      github_stars: 1363,
      abstract_source: 'arxiv',
    });
    // VidVec: no organization, a project page but no GitHub repository.
    const vidvec = written.papers[1];
    expect(vidvec).toMatchObject({ id: '2602.08099', institution: null, likes: 121, abstract_source: 'hf' });
    expect(vidvec).not.toHaveProperty('code_link');
    expect(vidvec).not.toHaveProperty('github_stars');
    expect(written.papers.some((p: object) => 'tags' in p)).toBe(false);
  });

  it('writes the time as the old crawler did: UTC, microseconds, no zone', () => {
    expect(crawlTime(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000000');
    const shape = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/;
    for (const file of blog) expect([file.crawled_at, file.papers[0].published]).toEqual([expect.stringMatching(shape), expect.stringMatching(shape)]);
  });

  it('writes ai_summary and ai_keywords only when HF has them', () => {
    const file = JSON.parse(serializeDataFile(toStoredDay(dayOf('2026-02-16', 22), at)));
    const without = file.papers.filter((p: object) => !('ai_summary' in p));
    expect(without).toHaveLength(4);
    for (const p of without) expect(p).not.toHaveProperty('ai_keywords');
    // The others have HF's, as the listing gives them.
    const listed = new Map(hfDay('2026-02-16').map((it) => [it.paper.id, it.paper]));
    const withAi = file.papers.filter((p: object) => 'ai_summary' in p);
    expect(withAi).toHaveLength(18);
    for (const p of withAi) expect(p.ai_keywords).toEqual(listed.get(p.id).ai_keywords);
  });

  it('reads back to the record it was written from, unknown keys absent on both sides', () => {
    const day = toStoredDay(dayOf('2026-02-16', 22), at);
    expect(dataFileSchema.parse(JSON.parse(serializeDataFile(day)))).toStrictEqual(day);
    const withArxiv = toStoredDay(digest, at);
    expect(withArxiv.papers[0]!.abstractSource).toBe('arxiv');
    expect(dataFileSchema.parse(JSON.parse(serializeDataFile(withArxiv)))).toStrictEqual(withArxiv);
  });
});

describe('paperEntry', () => {
  it('leaves out what is unknown, and writes no institution as null', () => {
    const entry = paperEntry({ id: '2601.00001', title: 'A', url: 'https://huggingface.co/papers/2601.00001', likes: 3 });
    expect(entry).toStrictEqual({ title: 'A', url: 'https://huggingface.co/papers/2601.00001', likes: 3, institution: null, id: '2601.00001' });
  });
});

describe('samePapers', () => {
  const first = toStoredDay(digest, at);
  it('ignores a new crawl time, in crawled_at and in each paper', () => {
    const later = toStoredDay(digest, new Date('2026-02-12T20:00:00Z'));
    expect(serializeDataFile(later)).not.toBe(serializeDataFile(first));
    expect(samePapers(serializeDataFile(first), later)).toBe(true);
  });
  it('sees changed likes, and a changed listing count', () => {
    const changed = structuredClone(first);
    changed.papers[0]!.likes += 1;
    expect(samePapers(serializeDataFile(first), changed)).toBe(false);
    expect(samePapers(serializeDataFile(first), { ...first, listedPapers: 49 })).toBe(false);
  });
  it("rewrites the old crawler's file of the day, which lacks hfdigest's keys", () => {
    expect(samePapers(fixture('old-crawler/daily-2026-02-12.json'), first)).toBe(false);
  });
  it('treats a missing or damaged file as changed', () => {
    expect(samePapers(undefined, first)).toBe(false);
    expect(samePapers('{"date":', first)).toBe(false);
    expect(samePapers('[]', first)).toBe(false);
    expect(samePapers('null', first)).toBe(false);
    expect(samePapers('{"date": "2026-02-12", "papers": 3}', first)).toBe(false);
  });
});
