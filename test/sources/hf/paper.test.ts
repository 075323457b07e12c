import { RetryAgent } from 'undici';
import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../../src/core/errors.js';
import { createHttpClient } from '../../../src/sources/http.js';
import { fetchPaper } from '../../../src/sources/hf/paper.js';
import { mockHttp } from '../../helpers/mock-http.js';
import { hfDay } from '../../helpers/fixtures.js';

const HF = 'https://hf.test';
const setup = mockHttp(HF);
// GET /api/papers/{id} answers the paper object, as in a listing item's `paper`.
const [withOrg, withoutOrg] = [hfDay('2026-02-12')[0].paper, hfDay('2026-02-12')[1].paper];

describe('fetchPaper', () => {
  it("reads a paper's organization by id", async () => {
    const { agent, pool, http, opts } = setup();
    pool.intercept({ path: '/api/papers/2602.10604' }).reply(200, JSON.stringify(withOrg));
    pool.intercept({ path: '/api/papers/2602.08099' }).reply(200, JSON.stringify(withoutOrg));
    const paper = await fetchPaper(http, '2602.10604', opts);
    expect(paper).toMatchObject({ id: '2602.10604', institution: 'StepFun', upvotes: 179 });
    const none = await fetchPaper(http, '2602.08099', opts);
    expect(none?.id).toBe('2602.08099');
    expect(none).not.toHaveProperty('institution');
    agent.assertNoPendingInterceptors();
  });

  it('answers null for a paper Hugging Face does not know (HTTP 404)', async () => {
    const { pool, http, opts } = setup();
    pool.intercept({ path: '/api/papers/2601.99999' }).reply(404, '{"error":"Paper not found"}');
    expect(await fetchPaper(http, '2601.99999', opts)).toBeNull();
  });

  it('sends HF_TOKEN as a bearer token and reports the rate limit to the gate', async () => {
    const { agent, pool, http, opts } = setup();
    pool
      .intercept({ path: '/api/papers/2602.10604', headers: { authorization: 'Bearer hf_secret' } })
      .reply(200, JSON.stringify(withOrg), { headers: { ratelimit: '"api";r=0;t=12' } });
    const seen: unknown[] = [];
    const rateGate = { before: async () => void seen.push('before'), after: (h: Record<string, unknown>) => void seen.push(h.ratelimit) };
    await fetchPaper(http, '2602.10604', { ...opts, token: 'hf_secret', rateGate });
    expect(seen).toEqual(['before', '"api";r=0;t=12']);
    agent.assertNoPendingInterceptors();
  });

  it('retries 503 and 429 like every request, then fails with UpstreamError', async () => {
    const { agent, pool, opts } = setup();
    const http = createHttpClient(new RetryAgent(agent, { maxRetries: 2, minTimeout: 1, maxTimeout: 1, statusCodes: [429, 503] }));
    pool.intercept({ path: '/api/papers/2602.10604' }).reply(429, 'slow down');
    pool.intercept({ path: '/api/papers/2602.10604' }).reply(200, JSON.stringify(withOrg));
    expect((await fetchPaper(http, '2602.10604', opts))?.institution).toBe('StepFun');
    pool.intercept({ path: '/api/papers/2602.08099' }).reply(503, 'busy').times(3);
    const failure = fetchPaper(http, '2602.08099', opts);
    await expect(failure).rejects.toThrow(UpstreamError);
    await expect(failure).rejects.toThrow('could not read paper 2602.08099 from Hugging Face: HTTP 503');
    agent.assertNoPendingInterceptors();
  });

  it('asks again for a body that is not JSON, and fails on one that drifted from the schema', async () => {
    const { agent, pool, http, opts } = setup();
    pool.intercept({ path: '/api/papers/2602.10604' }).reply(200, '{"id": "2602.1');
    pool.intercept({ path: '/api/papers/2602.10604' }).reply(200, JSON.stringify(withOrg));
    expect((await fetchPaper(http, '2602.10604', opts))?.institution).toBe('StepFun');
    pool.intercept({ path: '/api/papers/2602.08099' }).reply(200, JSON.stringify({ id: '2602.08099', title: 'x' }));
    await expect(fetchPaper(http, '2602.08099', opts)).rejects.toThrow(/2602\.08099 from Hugging Face: the API response does not match the schema/);
    agent.assertNoPendingInterceptors();
  });

  it('lets a bug through instead of calling it a failure of Hugging Face', async () => {
    const { opts } = setup();
    const broken = {
      requests: 0,
      get: async () => {
        throw new TypeError('cannot read properties of undefined');
      },
    };
    await expect(fetchPaper(broken, '2602.10604', opts)).rejects.toThrow(TypeError);
  });
});
