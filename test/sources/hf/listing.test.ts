import { RetryAgent } from 'undici';
import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../../src/core/errors.js';
import { createHttpClient } from '../../../src/sources/http.js';
import { fetchListing } from '../../../src/sources/hf/listing.js';
import { mockHttp } from '../../helpers/mock-http.js';
import { fixture, hfDay } from '../../helpers/fixtures.js';
import { dailyPapersPage, syntheticDay } from '../../../scripts/fixture-shapes.js';

const HF = 'https://hf.test';
const setup = mockHttp(HF);

const listPath = (date: string, p: number) => `/api/daily_papers?date=${date}&limit=100&p=${p}`;

describe('fetchListing', () => {
  it('reads one page when the day has fewer papers than the page size', async () => {
    const { agent, pool, http, opts } = setup();
    pool.intercept({ path: listPath('2026-02-12', 0) }).reply(200, fixture('hf/daily_papers-2026-02-12.json'));
    const listing = await fetchListing(http, '2026-02-12', opts);
    expect(listing.papers).toHaveLength(48);
    expect(http.requests).toBe(1);
    agent.assertNoPendingInterceptors();
  });

  it('pages with p until a page is shorter than the limit', async () => {
    const { agent, pool, http, opts } = setup();
    const day = syntheticDay('2026-03-03', 130, hfDay('2026-02-12'));
    pool.intercept({ path: listPath('2026-03-03', 0) }).reply(200, JSON.stringify(day.slice(0, 100)));
    pool.intercept({ path: listPath('2026-03-03', 1) }).reply(200, JSON.stringify(day.slice(100)));
    const listing = await fetchListing(http, '2026-03-03', opts);
    expect(listing.papers).toHaveLength(130);
    expect(new Set(listing.papers.map((p) => p.id)).size).toBe(130);
    agent.assertNoPendingInterceptors();
  });

  it('asks for one more (empty) page when the last page is exactly full', async () => {
    const { agent, pool, http, opts } = setup();
    const day = syntheticDay('2026-03-04', 100, hfDay('2026-02-12'));
    pool.intercept({ path: listPath('2026-03-04', 0) }).reply(200, JSON.stringify(day));
    pool.intercept({ path: listPath('2026-03-04', 1) }).reply(200, '[]');
    expect((await fetchListing(http, '2026-03-04', opts)).papers).toHaveLength(100);
    // The empty page was asked for: a run that stopped after the full page leaves it pending.
    agent.assertNoPendingInterceptors();
  });

  it('treats HTTP 400 as a day without papers', async () => {
    const { pool, http, opts } = setup();
    pool.intercept({ path: listPath('2026-02-15', 0) }).reply(400, '{"error":"Invalid date"}');
    expect(await fetchListing(http, '2026-02-15', opts)).toEqual({ papers: [] });
  });

  it('sends HF_TOKEN as a bearer token', async () => {
    const { agent, pool, http, opts } = setup();
    pool.intercept({ path: listPath('2026-02-12', 0), headers: { authorization: 'Bearer hf_secret' } }).reply(200, '[]');
    await fetchListing(http, '2026-02-12', { ...opts, token: 'hf_secret' });
    agent.assertNoPendingInterceptors();
  });

  it('falls back to the HTML page when the API body drifts from the schema', async () => {
    const { pool, http, opts, warnings } = setup();
    pool.intercept({ path: listPath('2026-02-12', 0) }).reply(200, '{"items": []}');
    pool.intercept({ path: '/papers/date/2026-02-12' }).reply(200, dailyPapersPage('2026-02-12', hfDay('2026-02-12')));
    const listing = await fetchListing(http, '2026-02-12', opts);
    expect(listing.papers).toHaveLength(48);
    expect(warnings.join('\n')).toMatch(/API failed \(the API response does not match the schema: \(root\): /);
  });

  it('falls back to the HTML page after the retries of a failing API', async () => {
    const { agent, pool, opts } = setup();
    const http = createHttpClient(new RetryAgent(agent, { maxRetries: 2, minTimeout: 1, maxTimeout: 1 }));
    pool
      .intercept({ path: listPath('2026-02-12', 0) })
      .reply(503, 'busy')
      .times(3);
    pool.intercept({ path: '/papers/date/2026-02-12' }).reply(200, dailyPapersPage('2026-02-12', hfDay('2026-02-12')));
    expect((await fetchListing(http, '2026-02-12', opts)).papers).toHaveLength(48);
    agent.assertNoPendingInterceptors();
  });

  it('throws UpstreamError naming both failures when the page fails too', async () => {
    const { pool, http, opts } = setup();
    pool.intercept({ path: listPath('2026-02-12', 0) }).reply(500, 'oops');
    pool.intercept({ path: '/papers/date/2026-02-12' }).reply(200, '<html><body>Maintenance</body></html>');
    const err = await fetchListing(http, '2026-02-12', opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamError);
    expect((err as Error).message).toMatch(/API HTTP 500; HTML page the page has no DailyPapers data/);
  });

  it('lets a bug surface instead of falling back to the page or passing for an outage', async () => {
    const { opts, warnings } = setup();
    const bug = new TypeError('a bug in hfdigest');
    const http = {
      requests: 0,
      get: async () => {
        throw bug;
      },
    };
    await expect(fetchListing(http, '2026-02-12', opts)).rejects.toBe(bug);
    expect(warnings).toEqual([]);
  });

  it('names the status of a page that answers with an error', async () => {
    const { pool, http, opts } = setup();
    pool.intercept({ path: listPath('2026-02-12', 0) }).reply(404, 'no');
    pool.intercept({ path: '/papers/date/2026-02-12' }).reply(404, 'no');
    await expect(fetchListing(http, '2026-02-12', opts)).rejects.toThrow(/API HTTP 404; HTML page HTTP 404/);
  });
});
