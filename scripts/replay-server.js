// A local stand-in for huggingface.co and export.arxiv.org that answers from fixtures/, for
// `npm run demo`, the end-to-end tests and the benchmark. Listens on 127.0.0.1 only.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { arxivErrorFeed, arxivFeed, dailyPapersPage } from './fixture-shapes.js';

const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What Hugging Face knows by id (`GET /api/papers/{id}`): every paper of `days` (the `paper` of each
 * item, as the API answers), and `extra` paper objects found in no listing.
 */
export function papersById(days, extra = []) {
  const papers = new Map();
  for (const items of days.values()) for (const item of items) papers.set(item.paper.id, item.paper);
  for (const paper of extra) papers.set(paper.id, paper);
  return papers;
}

/** Days (date → items), papers by id and arXiv entries (bare id → entry XML) recorded under `fixturesDir`. */
export function loadFixtures(fixturesDir) {
  const days = new Map();
  for (const name of readdirSync(join(fixturesDir, 'hf'))) {
    const m = /^daily_papers-(\d{4}-\d{2}-\d{2})\.json$/.exec(name);
    if (m) days.set(m[1], JSON.parse(readFileSync(join(fixturesDir, 'hf', name), 'utf8')));
  }
  const papersDir = join(fixturesDir, 'hf', 'papers');
  const extra = existsSync(papersDir)
    ? readdirSync(papersDir)
        .filter((n) => n.endsWith('.json'))
        .sort()
        .map((n) => JSON.parse(readFileSync(join(papersDir, n), 'utf8')))
    : [];
  const entries = new Map();
  for (const name of readdirSync(join(fixturesDir, 'arxiv'))) {
    if (!name.endsWith('.xml')) continue;
    const xml = readFileSync(join(fixturesDir, 'arxiv', name), 'utf8');
    for (const entry of xml.match(/ {2}<entry>[\s\S]*?<\/entry>/g) ?? []) {
      const id = /<id>https?:\/\/arxiv\.org\/abs\/(.+?)(?:v\d+)?<\/id>/.exec(entry)?.[1];
      if (id) entries.set(id, entry);
    }
  }
  return { days, papers: papersById(days, extra), entries };
}

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
  // The answer is on its way from here: record it now, not when the event loop gets to 'close'.
  if (res.record) res.record.end = Date.now();
  res.end(body);
}

/**
 * Starts the server. Options: `days`, `papers` (by id; default: those of `days`) and `entries`
 * (default: the fixtures), `latencyMs` from each
 * request to its answer, and `fault(req, url, res)`, which may answer a request itself (and return true) to inject faults.
 * Every request is recorded in `requests` with its start and end times.
 */
export async function startReplayServer({ fixturesDir, days, papers, entries, latencyMs = 0, fault } = {}) {
  const loaded = fixturesDir ? loadFixtures(fixturesDir) : { days: new Map(), papers: new Map(), entries: new Map() };
  const state = { days: days ?? loaded.days, papers: papers ?? (days ? papersById(days) : loaded.papers), entries: entries ?? loaded.entries, requests: [] };

  /** The answer to `url`: [status, content type, body, extra headers]. */
  const answer = (url) => {
    if (url.pathname === '/api/daily_papers') {
      const date = url.searchParams.get('date') ?? '';
      if (!DAY.test(date)) return [400, 'application/json', JSON.stringify({ error: 'Invalid date' })];
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const page = Number(url.searchParams.get('p') ?? 0);
      const items = state.days.get(date) ?? [];
      return [200, 'application/json; charset=utf-8', JSON.stringify(items.slice(page * limit, (page + 1) * limit))];
    }
    const paperMatch = /^\/api\/papers\/([^/]+)$/.exec(url.pathname);
    if (paperMatch) {
      const paper = state.papers.get(decodeURIComponent(paperMatch[1]));
      if (!paper) return [404, 'application/json; charset=utf-8', JSON.stringify({ error: 'Paper not found' })];
      return [200, 'application/json; charset=utf-8', JSON.stringify(paper)];
    }
    const pageMatch = /^\/papers\/date\/(.+)$/.exec(url.pathname);
    if (pageMatch) {
      const items = state.days.get(pageMatch[1]);
      if (!items) return [302, 'text/plain', 'Found', { location: '/papers' }];
      return [200, 'text/html; charset=utf-8', dailyPapersPage(pageMatch[1], items)];
    }
    if (url.pathname === '/api/query') {
      const idList = url.searchParams.get('id_list') ?? '';
      const ids = idList.split(',').filter(Boolean);
      const bad = ids.find((id) => !ARXIV_ID.test(id));
      if (bad !== undefined) return [400, 'application/atom+xml; charset=utf-8', arxivErrorFeed(bad)];
      const max = Number(url.searchParams.get('max_results') ?? 10);
      const found = ids
        .map((id) => state.entries.get(id.replace(/v\d+$/, '')))
        .filter(Boolean)
        .slice(0, max);
      return [200, 'application/atom+xml; charset=utf-8', arxivFeed(idList, found)];
    }
    return [404, 'text/plain', 'Not Found'];
  };

  const server = createServer(async (req, res) => {
    const arrived = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record = { method: req.method, path: url.pathname, query: url.search, headers: req.headers, start: Date.now(), end: 0 };
    state.requests.push(record);
    res.record = record;
    res.on('close', () => (record.end ||= Date.now()));
    // The latency is the whole time to the answer, the server's own work included.
    const [status, type, body, headers] = answer(url);
    const rest = latencyMs - (performance.now() - arrived);
    if (rest > 0) await new Promise((r) => setTimeout(r, rest));
    if (fault && (await fault(req, url, res))) return;
    send(res, status, type, body, headers);
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
