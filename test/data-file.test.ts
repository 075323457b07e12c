import { describe, expect, it } from 'vitest';
import { samePapers, serializeDataFile, toDataFile } from '../src/data-file.js';
import { buildDigest } from '../src/digest.js';
import { toPaper } from '../src/paper.js';
import { rankPapers } from '../src/rank.js';
import { parseDailyPapersJson } from '../src/sources/hf-parse.js';
import { fixture } from './helpers/fixtures.js';

const papers = parseDailyPapersJson(fixture('hf/daily_papers-2026-02-16.json')).map(toPaper);
const digest = buildDigest('2026-02-16', rankPapers(papers, 22), papers.length, new Map([[papers[0]!.id, 'From arXiv.']]));

describe('toDataFile', () => {
  const data = toDataFile(digest, new Date('2026-02-16T08:00:00Z'));
  it('records each paper with its links, counts, institution, GitHub, abstract and source', () => {
    expect(data.crawled_at).toBe('2026-02-16T08:00:00.000Z');
    const top = data.papers.find((p) => p.id === papers[0]!.id)!;
    expect(top).toMatchObject({ hf_url: `https://huggingface.co/papers/${top.id}`, arxiv_url: `https://arxiv.org/abs/${top.id}`, abstract: 'From arXiv.', abstract_source: 'arxiv' });
    expect(data.papers.filter((p) => p.abstract_source === 'hf')).toHaveLength(21);
  });
  it('writes ai_summary and ai_keywords only when HF has them', () => {
    const without = data.papers.filter((p) => !('ai_summary' in p));
    expect(without).toHaveLength(4);
    for (const p of without) expect(p).not.toHaveProperty('ai_keywords');
  });
  it('uses null, not a missing key, for an absent institution or repository', () => {
    for (const p of data.papers) {
      expect(p).toHaveProperty('institution');
      expect(p).toHaveProperty('github_repo');
    }
  });
});

describe('samePapers', () => {
  const first = toDataFile(digest, new Date('2026-02-16T08:00:00Z'));
  it('ignores a new crawl time', () => {
    expect(samePapers(serializeDataFile(first), toDataFile(digest, new Date('2026-02-16T20:00:00Z')))).toBe(true);
  });
  it('sees a changed upvote count', () => {
    const changed = structuredClone(first);
    changed.papers[0]!.upvotes += 1;
    expect(samePapers(serializeDataFile(first), changed)).toBe(false);
  });
  it('treats a missing or damaged file as changed', () => {
    expect(samePapers(undefined, first)).toBe(false);
    expect(samePapers('{"date":', first)).toBe(false);
  });
});
