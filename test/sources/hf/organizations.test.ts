import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/dates.js';
import { UpstreamError } from '../../../src/core/errors.js';
import { hfPaperSource } from '../../../src/sources/hf/organizations.js';
import { hfDay } from '../../helpers/fixtures.js';

const HF = 'https://hf.test';
let agent: MockAgent;
afterEach(() => agent?.close());

function setup(opts: { requestDeadlineMs?: number; concurrency?: number } = {}) {
  agent = new MockAgent();
  agent.disableNetConnect();
  const warnings: string[] = [];
  const source = hfPaperSource({ hfUrl: HF, timeoutMs: 1000, warn: (m) => warnings.push(m), dispatcher: agent, ...opts });
  return { pool: agent.get(HF), source, warnings };
}

const listPath = (day: string) => `/api/daily_papers?date=${day}&limit=100&p=0`;

describe('hfPaperSource', () => {
  it('gives each request its own deadline: a long run of quick answers never runs out of time', async () => {
    // 40 listings of 30 ms each, two at a time: 0.6 s in all, twice the deadline of one request.
    const { pool, source } = setup({ requestDeadlineMs: 300, concurrency: 2 });
    const days = Array.from({ length: 40 }, (_, i) => addDays('2026-01-01', i));
    for (const day of days)
      pool
        .intercept({ path: listPath(day) })
        .reply(200, '[]')
        .delay(30);
    const started = Date.now();
    const results = await Promise.allSettled(days.map((d) => source.listing(d)));
    expect(Date.now() - started).toBeGreaterThan(300);
    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
  });

  it('still ends a request that takes longer than its deadline', async () => {
    const { pool, source } = setup({ requestDeadlineMs: 150 });
    pool
      .intercept({ path: listPath('2026-02-12') })
      .reply(200, '[]')
      .delay(1000);
    pool.intercept({ path: '/papers/date/2026-02-12' }).reply(200, '').delay(1000);
    await expect(source.listing('2026-02-12')).rejects.toThrow(/could not read the papers of 2026-02-12 .*aborted due to timeout/);
  });

  it('reads each listing and each paper once, and maps them to organizations', async () => {
    const { pool, source } = setup();
    const items = hfDay('2026-02-12');
    pool.intercept({ path: listPath('2026-02-12') }).reply(200, JSON.stringify(items));
    pool.intercept({ path: '/api/papers/2602.10604' }).reply(200, JSON.stringify(items[0].paper));
    pool.intercept({ path: '/api/papers/2601.99999' }).reply(404, '{"error":"Paper not found"}');
    const [a, b] = await Promise.all([source.listing('2026-02-12'), source.listing('2026-02-12')]);
    expect(a).toBe(b);
    expect(a.get('2602.10604')).toBe('StepFun');
    expect(a.get('2602.08099')).toBeNull();
    expect(a.size).toBe(48);
    expect(await source.byId('2602.10604')).toBe('StepFun');
    expect(await source.byId('2602.10604')).toBe('StepFun');
    expect(await source.byId('2601.99999')).toBeUndefined();
    expect(source.asked).toEqual({ listings: 1, papers: 2, requests: 3 });
    agent.assertNoPendingInterceptors();
  });

  it('stops asking once Hugging Face has failed three times in a row', async () => {
    const { pool, source } = setup({ concurrency: 1 });
    for (const id of ['2601.00001', '2601.00002', '2601.00003']) pool.intercept({ path: `/api/papers/${id}` }).reply(403, 'forbidden');
    const ids = ['2601.00001', '2601.00002', '2601.00003', '2601.00004', '2601.00005'];
    const results = await Promise.allSettled(ids.map((id) => source.byId(id)));
    const reasons = results.map((r) => (r as PromiseRejectedResult).reason as Error);
    expect(reasons.every((r) => r instanceof UpstreamError)).toBe(true);
    expect(reasons[4]!.message).toBe('not asked: Hugging Face failed 3 times in a row (last: could not read paper 2601.00003 from Hugging Face: HTTP 403)');
    expect(source.asked.requests).toBe(3);
  });

  it('counts only failures in a row: an answer in between keeps it asking', async () => {
    const { pool, source } = setup({ concurrency: 1 });
    const answers = [403, 403, 200, 403, 403, 200];
    for (const [i, status] of answers.entries())
      pool.intercept({ path: `/api/papers/2601.0000${i}` }).reply(status, status === 200 ? JSON.stringify(hfDay('2026-02-12')[0].paper) : 'no');
    const results = await Promise.allSettled(answers.map((_, i) => source.byId(`2601.0000${i}`)));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(source.asked.requests).toBe(6);
  });
});
