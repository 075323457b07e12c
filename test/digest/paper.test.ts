import { describe, expect, it } from 'vitest';
import { type Paper, toPaper, uniqueById } from '../../src/digest/paper.js';
import { parseDailyPapersJson } from '../../src/sources/hf/parse.js';
import { fixture, hfDay } from '../helpers/fixtures.js';

const items = parseDailyPapersJson(fixture('hf/daily_papers-2026-02-12.json'));
const raw = hfDay('2026-02-12');

describe('toPaper', () => {
  it("keeps HF's AI keywords and GitHub stars as the listing has them", () => {
    const step = toPaper(items[0]!);
    expect(step.aiKeywords).toEqual(raw[0].paper.ai_keywords);
    expect(step.aiKeywords?.[0]).toBe('Mixture-of-Experts');
    expect(step.githubStars).toBe(1363);
  });

  it('leaves GitHub stars out for a paper without a repository', () => {
    const vidvec = toPaper(items.find((it) => it.paper.id === '2602.08099')!);
    expect(vidvec).not.toHaveProperty('githubStars');
    expect(vidvec).not.toHaveProperty('githubRepo');
  });
});

describe('uniqueById', () => {
  const paper = (id: string, upvotes: number): Paper => ({ id, title: id, upvotes, comments: 0, hfSummary: '', authors: [] });

  it('keeps the first of each id, in order: the pages of a listing can overlap', () => {
    const papers = [paper('2602.00001', 5), paper('2602.00002', 3), paper('2602.00001', 9), paper('2602.00003', 1), paper('2602.00002', 4)];
    expect(uniqueById(papers).map((p) => `${p.id} ${p.upvotes}`)).toEqual(['2602.00001 5', '2602.00002 3', '2602.00003 1']);
  });
});
