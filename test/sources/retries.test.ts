import { errors, MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/core/errors.js';
import { createDispatcher, createHttpClient } from '../../src/sources/http.js';
import { fetchAbstracts } from '../../src/sources/arxiv/client.js';
import { fetchListing } from '../../src/sources/hf/listing.js';
import { dailyPapersPage } from '../../scripts/fixture-shapes.js';
import { fixture, hfDay } from '../helpers/fixtures.js';

// The fault matrix of a run, through the production dispatcher (its retry policy, with a tiny delay)
// over a MockAgent: each upstream failure is either retried to success, or degraded with a warning, or
// a clean UpstreamError. test/e2e/faults.test.ts keeps the cases only a real socket shows.

const HF = 'https://hf.test';
const AX = 'https://arxiv.test';
const DATE = '2026-02-12';
const LIST = `/api/daily_papers?date=${DATE}&limit=100&p=0`;
const PAGE = `/papers/date/${DATE}`;
const QUERY = '/api/query?id_list=2104.12255&max_results=1';

let agent: MockAgent | undefined;
afterEach(async () => {
  await agent?.close();
  agent = undefined;
});

function setup() {
  agent = new MockAgent();
  agent.disableNetConnect();
  const http = createHttpClient(createDispatcher({ timeoutMs: 1000, retryDelayMs: 1 }, agent));
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  return { agent, hf: agent.get(HF), arxiv: agent.get(AX), http, warnings, hfOpts: { baseUrl: HF, warn }, axOpts: { baseUrl: AX, warn } };
}

const listing = () => fixture('hf/daily_papers-2026-02-12.json');
const page = () => dailyPapersPage(DATE, hfDay(DATE));
const socketError = () => new errors.SocketError('other side closed');

describe('Hugging Face, retried to success', () => {
  it.each([
    ['a connection reset', (hf: ReturnType<typeof setup>['hf']) => hf.intercept({ path: LIST }).replyWithError(socketError())],
    ['a headers timeout', (hf: ReturnType<typeof setup>['hf']) => hf.intercept({ path: LIST }).replyWithError(new errors.HeadersTimeoutError())],
    ['two 503s', (hf: ReturnType<typeof setup>['hf']) => hf.intercept({ path: LIST }).reply(503, 'busy').times(2)],
    [
      'a 502 then a 504',
      (hf: ReturnType<typeof setup>['hf']) => {
        hf.intercept({ path: LIST }).reply(502, '');
        hf.intercept({ path: LIST }).reply(504, '');
      },
    ],
  ])('%s', async (_name, fault) => {
    const { agent, hf, http, hfOpts, warnings } = setup();
    fault(hf);
    hf.intercept({ path: LIST }).reply(200, listing());
    const result = await fetchListing(http, DATE, hfOpts);
    expect(result.papers).toHaveLength(48);
    expect(warnings).toEqual([]);
    agent.assertNoPendingInterceptors();
  });
});

describe('Hugging Face, degraded to its HTML page with a warning', () => {
  it.each([
    [
      'the API keeps answering 5xx',
      (hf: ReturnType<typeof setup>['hf']) => hf.intercept({ path: LIST }).reply(502, 'bad gateway').times(4),
      /API failed \(HTTP 502\)/,
    ],
    [
      'the API keeps resetting',
      (hf: ReturnType<typeof setup>['hf']) => hf.intercept({ path: LIST }).replyWithError(socketError()).times(4),
      /API failed \(UND_ERR_SOCKET/,
    ],
    [
      'a JSON object where an array belongs',
      (hf: ReturnType<typeof setup>['hf']) => hf.intercept({ path: LIST }).reply(200, '{"error": "moved"}'),
      /does not match the schema/,
    ],
    [
      'an HTML maintenance page',
      (hf: ReturnType<typeof setup>['hf']) => hf.intercept({ path: LIST }).reply(200, '<!doctype html><h1>down for maintenance</h1>').times(3),
      /API failed/,
    ],
  ])('%s', async (_name, fault, warning) => {
    const { agent, hf, http, hfOpts, warnings } = setup();
    fault(hf);
    hf.intercept({ path: PAGE }).reply(200, page());
    const result = await fetchListing(http, DATE, hfOpts);
    expect(result.papers).toHaveLength(48);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/reading the HTML page instead/);
    expect(warnings[0]).toMatch(warning);
    agent.assertNoPendingInterceptors();
  });
});

describe('Hugging Face, failing cleanly', () => {
  it.each([
    [
      'both keep answering 5xx',
      (hf: ReturnType<typeof setup>['hf']) => {
        hf.intercept({ path: LIST }).reply(500, '').times(4);
        hf.intercept({ path: PAGE }).reply(500, '').times(4);
      },
      /API HTTP 500; HTML page HTTP 500/,
    ],
    [
      'both keep resetting',
      (hf: ReturnType<typeof setup>['hf']) => {
        hf.intercept({ path: LIST }).replyWithError(socketError()).times(4);
        hf.intercept({ path: PAGE }).replyWithError(socketError()).times(4);
      },
      /API UND_ERR_SOCKET.*; HTML page UND_ERR_SOCKET/,
    ],
    [
      'a maintenance page on both',
      (hf: ReturnType<typeof setup>['hf']) => {
        hf.intercept({ path: LIST }).reply(503, 'down').times(4);
        hf.intercept({ path: PAGE }).reply(200, '<html><body>down</body></html>');
      },
      /API HTTP 503; HTML page the page has no DailyPapers data/,
    ],
  ])('%s → UpstreamError naming both', async (_name, fault, message) => {
    const { agent, hf, http, hfOpts } = setup();
    fault(hf);
    const err = await fetchListing(http, DATE, hfOpts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamError);
    expect((err as Error).message).toMatch(message);
    agent.assertNoPendingInterceptors();
  });
});

describe('arXiv', () => {
  it('a reset is retried to success', async () => {
    const { agent, arxiv, http, axOpts, warnings } = setup();
    arxiv.intercept({ path: QUERY }).replyWithError(socketError());
    arxiv.intercept({ path: QUERY }).reply(200, fixture('arxiv/id_list-2104.12255v1.xml'));
    expect([...(await fetchAbstracts(http, ['2104.12255'], axOpts)).keys()]).toEqual(['2104.12255']);
    expect(warnings).toEqual([]);
    agent.assertNoPendingInterceptors();
  });

  it.each([
    [
      'keeps answering 5xx',
      (ax: ReturnType<typeof setup>['arxiv']) => ax.intercept({ path: QUERY }).reply(503, 'busy').times(4),
      /arXiv request failed \(HTTP 503\)/,
    ],
    [
      'keeps timing out',
      (ax: ReturnType<typeof setup>['arxiv']) => ax.intercept({ path: QUERY }).replyWithError(new errors.HeadersTimeoutError()).times(4),
      /arXiv request failed \(UND_ERR_HEADERS_TIMEOUT/,
    ],
    [
      'sends its error feed',
      (ax: ReturnType<typeof setup>['arxiv']) => ax.intercept({ path: QUERY }).reply(400, fixture('arxiv/id_list-abc-error-http400.xml')),
      /arXiv answered with an error \(HTTP 400: incorrect id format/,
    ],
  ])('%s → no abstracts, a warning', async (_name, fault, warning) => {
    const { agent, arxiv, http, axOpts, warnings } = setup();
    fault(arxiv);
    expect((await fetchAbstracts(http, ['2104.12255'], axOpts)).size).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(warning);
    agent.assertNoPendingInterceptors();
  });
});
