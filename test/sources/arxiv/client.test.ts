import { describe, expect, it } from 'vitest';
import { fetchAbstracts } from '../../../src/sources/arxiv/client.js';
import { mockHttp } from '../../helpers/mock-http.js';
import { fixture } from '../../helpers/fixtures.js';

const AX = 'https://arxiv.test';
const setup = mockHttp(AX);

describe('fetchAbstracts', () => {
  it('asks for the whole batch in one request, with max_results', async () => {
    const { pool, http, opts } = setup();
    pool
      .intercept({ path: '/api/query?id_list=0808.05394,1707.08567&max_results=2' })
      .reply(200, fixture('arxiv/id_list-0808.05394_1707.08567-one-missing.xml'));
    const abstracts = await fetchAbstracts(http, ['0808.05394', '1707.08567'], opts);
    expect([...abstracts.keys()]).toEqual(['1707.08567']);
    expect(http.requests).toBe(1);
  });

  it('returns nothing, with a warning, on the error feed', async () => {
    const { pool, http, opts, warnings } = setup();
    pool.intercept({ path: '/api/query?id_list=abc&max_results=1' }).reply(400, fixture('arxiv/id_list-abc-error-http400.xml'));
    expect((await fetchAbstracts(http, ['abc'], opts)).size).toBe(0);
    expect(warnings).toEqual(['arXiv answered with an error (HTTP 400: incorrect id format for abc)']);
  });

  it('returns nothing, with a warning, when arXiv cannot be reached', async () => {
    const { pool, http, opts, warnings } = setup();
    pool.intercept({ path: '/api/query?id_list=2104.12255&max_results=1' }).replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    expect((await fetchAbstracts(http, ['2104.12255'], opts)).size).toBe(0);
    expect(warnings[0]).toMatch(/arXiv request failed \(ECONNRESET: socket hang up\)/);
  });

  it('lets a fault of its own surface instead of passing it off as an arXiv outage', async () => {
    const { pool, http, opts, warnings } = setup();
    pool.intercept({ path: '/api/query?id_list=2104.12255&max_results=1' }).reply(200, fixture('arxiv/id_list-2104.12255v1.xml'));
    const pacer = () => Promise.reject(new TypeError('pacer is broken'));
    await expect(fetchAbstracts(http, ['2104.12255'], { ...opts, pacer: pacer as never })).rejects.toThrow(TypeError);
    expect(warnings).toEqual([]);
  });

  it('makes no request for no ids', async () => {
    const { http, opts } = setup();
    expect((await fetchAbstracts(http, [], opts)).size).toBe(0);
    expect(http.requests).toBe(0);
  });
});
