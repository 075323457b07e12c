// Regenerates the fixtures that are built around recorded Hugging Face listings (see fixtures/README.md):
// an arXiv feed holding every paper of each recorded day, and the HTML page of 2026-02-12.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { arxivEntry, arxivFeed, dailyPapersPage } from './fixture-shapes.js';

const dir = new URL('../fixtures/', import.meta.url);
for (const name of readdirSync(new URL('hf/', dir))) {
  const m = /^daily_papers-(\d{4}-\d{2}-\d{2})\.json$/.exec(name);
  if (!m) continue;
  const items = JSON.parse(readFileSync(new URL(`hf/${name}`, dir), 'utf8'));
  // Every third paper is at version 2, as revised papers are on arXiv.
  const entries = items.map((it, i) => arxivEntry(it, i % 3 === 2 ? 2 : 1));
  writeFileSync(new URL(`arxiv/feed-${m[1]}.xml`, dir), arxivFeed(items.map((it) => it.paper.id).join(','), entries));
  if (m[1] === '2026-02-12') writeFileSync(new URL(`hf/papers-date-${m[1]}.html`, dir), dailyPapersPage(m[1], items));
}
