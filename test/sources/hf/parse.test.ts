import { describe, expect, it } from 'vitest';
import { garble } from '../../../scripts/garble.js';
import { toPaper } from '../../../src/digest/paper.js';
import { CODECS } from '../../../src/repair/codecs.js';
import { parseDailyPapersHtml } from '../../../src/sources/hf/html.js';
import { parseDailyPapersJson, parseDailyPapersProps, parsePaperJson } from '../../../src/sources/hf/parse.js';
import { ListingFormatError } from '../../../src/sources/hf/parse-error.js';
import { fixture } from '../../helpers/fixtures.js';

describe('parseDailyPapersJson on recorded listings', () => {
  const items = parseDailyPapersJson(fixture('hf/daily_papers-2026-02-12.json'));
  const papers = items.map(toPaper);

  it('reads all 48 papers of 2026-02-12', () => {
    expect(items).toHaveLength(48);
    expect(papers[0]).toMatchObject({ id: '2602.10604', upvotes: 179, comments: 5, institution: 'StepFun', githubStars: 1363 });
  });

  it('accepts organizations without an avatar and takes the institution from paper.organization.fullname', () => {
    const noAvatar = items.filter((it) => it.paper.organization && it.paper.organization.avatar === undefined);
    expect(noAvatar).toHaveLength(2);
    for (const it of noAvatar) expect(toPaper(it).institution).toBe(it.paper.organization?.fullname);
    expect(papers.filter((p) => p.institution !== undefined)).toHaveLength(30);
  });

  it('leaves institution, GitHub and ai_* absent when HF leaves the keys out', () => {
    const day16 = parseDailyPapersJson(fixture('hf/daily_papers-2026-02-16.json')).map(toPaper);
    const noAi = day16.filter((p) => p.aiSummary === undefined);
    expect(noAi).toHaveLength(4);
    for (const p of noAi) expect(p).not.toHaveProperty('aiKeywords');
    const noOrg = papers.find((p) => p.id === '2602.08099');
    expect(noOrg).not.toHaveProperty('institution');
  });

  it('collapses the "\\n  " paragraph breaks of summaries into one line', () => {
    const withBreaks = items.filter((it) => it.paper.summary.includes('\n  '));
    expect(withBreaks).toHaveLength(5);
    for (const it of withBreaks) {
      const p = toPaper(it);
      expect(p.hfSummary).not.toMatch(/\s{2}|\n/);
      expect(p.hfSummary.length).toBeGreaterThan(100);
    }
  });

  it('never keeps hidden authors', () => {
    const item = structuredClone(items[0]!);
    item.paper.authors[1] = { ...item.paper.authors[1]!, name: 'Hidden Person', hidden: true };
    const paper = toPaper(parseDailyPapersJson(JSON.stringify([item]))[0]!);
    expect(paper.authors).not.toContain('Hidden Person');
    expect(paper.authors).toHaveLength(item.paper.authors.length - 1);
  });

  it('rejects schema drift with path: message', () => {
    expect(() => parseDailyPapersJson('{"papers": []}')).toThrow(ListingFormatError);
    const drifted = JSON.stringify([{ paper: { ...items[0]!.paper, upvotes: '179' } }]);
    expect(() => parseDailyPapersJson(drifted)).toThrow(/0\.paper\.upvotes: /);
    expect(() => parseDailyPapersJson('[{"paper": {"id": "1"')).toThrow(/not JSON/);
  });
});

/** The error `parse` throws on `text`. */
function failure(parse: (text: string) => unknown, text: string): unknown {
  try {
    parse(text);
  } catch (err) {
    return err;
  }
  throw new Error('no error');
}

describe('what each parser says about a body it cannot read', () => {
  // 'json': the body does not parse (cut short, an error page), worth another try; 'schema': it is not a listing.
  it.each([
    ['parseDailyPapersJson', parseDailyPapersJson, '[{"paper": {"id": "1"', /^the API response is not JSON \(/, 'json'],
    ['parseDailyPapersJson', parseDailyPapersJson, '{"papers": []}', /^the API response does not match the schema: /, 'schema'],
    ['parsePaperJson', parsePaperJson, '<html>', /^the API response is not JSON \(/, 'json'],
    ['parsePaperJson', parsePaperJson, '{"id": 2602}', /^the API response does not match the schema: id: /, 'schema'],
    ['parseDailyPapersProps', parseDailyPapersProps, '{"dailyPapers": [', /^the page data is not JSON \(/, 'json'],
    ['parseDailyPapersProps', parseDailyPapersProps, '{"dailyPapers": 5}', /^the page data does not match the schema: dailyPapers: /, 'schema'],
    ['parseDailyPapersHtml', parseDailyPapersHtml, '<html><body>Down</body></html>', /^the page has no DailyPapers data$/, 'schema'],
  ])('%s on %j', (_, parse, text, message, kind) => {
    const err = failure(parse, text);
    expect(err).toBeInstanceOf(ListingFormatError);
    expect(err).toMatchObject({ message: expect.stringMatching(message), kind });
  });
});

describe('parseDailyPapersHtml', () => {
  it('reads the same items from the data-props of the DailyPapers component', () => {
    const fromHtml = parseDailyPapersHtml(fixture('hf/papers-date-2026-02-12.html'));
    const fromApi = parseDailyPapersJson(fixture('hf/daily_papers-2026-02-12.json'));
    expect(fromHtml.map(toPaper)).toEqual(fromApi.map(toPaper));
  });

  it('fails clearly on a page without the component (a maintenance page)', () => {
    expect(() => parseDailyPapersHtml('<html><body><h1>We are down for maintenance</h1></body></html>')).toThrow(/no DailyPapers data/);
  });
});

describe('toPaper guards against garbled upstream text', () => {
  it('repairs a garbled organization name and title, and leaves clean ones alone', () => {
    const item = structuredClone(parseDailyPapersJson(fixture('hf/daily_papers-2026-02-12.json'))[0]!);
    const cp1252 = CODECS.find((c) => c.name === 'windows-1252')!;
    item.paper.organization = { name: 'snu', fullname: garble('서울대학교', cp1252) };
    item.paper.title = garble('Café: “quoted” title', cp1252);
    expect(item.paper.title).toBe('CafÃ©: â€œquotedâ€\u009D title');
    const paper = toPaper(item);
    expect(paper.institution).toBe('서울대학교');
    expect(paper.title).toBe('Café: “quoted” title');
    expect(toPaper(parseDailyPapersJson(fixture('hf/daily_papers-2026-02-12.json'))[0]!).title).toBe(
      'Step 3.5 Flash: Open Frontier-Level Intelligence with 11B Active Parameters',
    );
  });
});
