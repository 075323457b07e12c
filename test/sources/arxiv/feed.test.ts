import { describe, expect, it } from 'vitest';
import { arxivIdFromUrl, parseArxivFeed } from '../../../src/sources/arxiv/feed.js';
import { fixture } from '../../helpers/fixtures.js';

describe('parseArxivFeed on recorded arXiv responses', () => {
  it('strips the version from the entry id and keeps a numeric title as text', () => {
    const feed = parseArxivFeed(fixture('arxiv/id_list-2104.12255v1.xml'));
    expect(feed.error).toBeUndefined();
    expect([...feed.abstracts.keys()]).toEqual(['2104.12255']);
    expect(feed.abstracts.get('2104.12255')).toMatch(/^What is the funniest number in cryptography\? 0\. /);
  });

  it('returns only the entries arXiv sent when an id is unknown', () => {
    const feed = parseArxivFeed(fixture('arxiv/id_list-0808.05394_1707.08567-one-missing.xml'));
    expect([...feed.abstracts.keys()]).toEqual(['1707.08567']);
    expect(feed.abstracts.get('1707.08567')).toMatch(/^The 10th Asia-Europe workshop/);
  });

  it('detects the error feed by its /api/errors# id', () => {
    const feed = parseArxivFeed(fixture('arxiv/id_list-abc-error-http400.xml'));
    expect(feed.error).toBe('incorrect id format for abc');
    expect(feed.abstracts.size).toBe(0);
  });

  it('reads an empty feed as no abstracts, without error', () => {
    const feed = parseArxivFeed(fixture('arxiv/id_list-0000.0000-no-results.xml'));
    expect(feed).toStrictEqual({ abstracts: new Map(), error: undefined });
  });

  it('collapses the whitespace of multi-line summaries', () => {
    const feed = parseArxivFeed(fixture('arxiv/feed-2026-02-12.xml'));
    expect(feed.abstracts.size).toBe(48);
    for (const text of feed.abstracts.values()) expect(text).not.toMatch(/\n|\s{2}|^\s|\s$/);
  });

  it('decodes entities in the abstract once: escaped markup becomes text, double escapes stay escaped', () => {
    const feed = parseArxivFeed(fixture('arxiv/feed-2026-02-20.xml'));
    const hostile = [...feed.abstracts.values()].find((t) => t.includes('iframe'));
    expect(hostile).toBe('An <iframe src="https://evil.example"></iframe> and &lt;escaped&gt; &amp; <!-- comment --> text.');
  });

  it('reads entities in entry ids and numeric character references', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <entry><id>http://arxiv.org/abs/2602.00001v1</id><summary>x &#8805; y &#x3b1; &quot;q&quot; &apos;a&apos;</summary></entry>
</feed>`;
    expect(parseArxivFeed(xml).abstracts.get('2602.00001')).toBe('x ≥ y α "q" \'a\'');
  });

  it('reads an entry whatever the order of its elements, a self-closed one before the summary included', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <entry><arxiv:primary_category term="cs.CL"/><id>http://arxiv.org/abs/2602.00001v1</id><summary>First.</summary></entry>
</feed>`;
    expect([...parseArxivFeed(xml).abstracts]).toEqual([['2602.00001', 'First.']]);
  });

  it('skips an entry without a summary, or without an abstract id', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <entry><id>http://arxiv.org/abs/2602.00001v1</id><summary>  </summary></entry>
  <entry><id>http://arxiv.org/abs/2602.00002v1</id></entry>
  <entry><id>http://arxiv.org/pdf/2602.00003v1</id><summary>Text.</summary></entry>
  <entry><id>http://arxiv.org/abs/2602.00004v1</id><summary>Kept.</summary></entry>
</feed>`;
    expect([...parseArxivFeed(xml).abstracts]).toEqual([['2602.00004', 'Kept.']]);
  });

  it('says so when the body is not a feed', () => {
    expect(parseArxivFeed('<html><body>Service Unavailable</body></html>').error).toMatch(/not an Atom feed/);
  });
});

describe('arxivIdFromUrl', () => {
  it.each([
    ['http://arxiv.org/abs/2602.10604v2', '2602.10604'],
    ['http://arxiv.org/abs/2602.10604', '2602.10604'],
    ['http://arxiv.org/abs/hep-th/9901001v1', 'hep-th/9901001'],
    ['http://arxiv.org/abs/2602.10604v12', '2602.10604'],
    ['\n    http://arxiv.org/abs/2602.10604v1\n  ', '2602.10604'],
    ['http://arxiv.org/pdf/2602.10604v1', undefined],
  ])('%j → %s', (url, id) => expect(arxivIdFromUrl(url)).toBe(id));
});
