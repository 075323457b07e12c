// Regenerates the fixtures that are built around recorded Hugging Face listings (see fixtures/README.md):
// an arXiv feed holding every paper of each recorded day, and the HTML page of 2026-02-12.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { arxivEntry, arxivFeed, dailyPapersPage } from './fixture-shapes.js';

const dir = new URL('../fixtures/', import.meta.url);

// A day whose titles, abstracts and organization names are hostile to Jekyll, in the real item shape.
const HOSTILE_DAY = '2026-02-20';
const hostile = [
  {
    title: 'Liquid {{ site.title }} and {% include x.html %} and {% raw %} left open',
    summary: 'Abstract with {{ page.path }} and {%- assign a = 1 -%}\n  {% endraw %} closing.',
  },
  {
    title: '<script>alert("t")</script><img src=x onerror=alert(1)> Raw <b>HTML</b>',
    summary: 'An <iframe src="https://evil.example"></iframe> and &lt;escaped&gt; &amp; <!-- comment --> text.',
  },
  {
    title: '[click me](javascript:alert(1)) **bold** *em* _under_ `code` back\\slash',
    summary: 'Line one\n---\nLine two\n\n- a list item\n# a heading\n| a | table |\n$$x^2$$ and ![img](x.png)',
  },
];
const base = JSON.parse(readFileSync(new URL('hf/daily_papers-2026-02-12.json', dir), 'utf8'));
const hostileItems = hostile.map((h, i) => {
  const item = structuredClone(base[i]);
  const id = `2602.2000${i}`;
  const paper = { ...item.paper, id, title: h.title, summary: h.summary, upvotes: 30 - i, submittedOnDailyAt: `${HOSTILE_DAY}T0${i}:00:00.000Z` };
  paper.organization = { _id: `hostile${i}`, name: 'evil', fullname: i === 0 ? 'Evil | Corp {{ site.url }} <b>x</b>' : `Org *${i}* [x](y)` };
  return { ...item, paper, title: h.title, summary: h.summary, organization: paper.organization };
});
writeFileSync(new URL(`hf/daily_papers-${HOSTILE_DAY}.json`, dir), `${JSON.stringify(hostileItems, null, 2)}\n`);
for (const name of readdirSync(new URL('hf/', dir))) {
  const m = /^daily_papers-(\d{4}-\d{2}-\d{2})\.json$/.exec(name);
  if (!m) continue;
  const items = JSON.parse(readFileSync(new URL(`hf/${name}`, dir), 'utf8'));
  // Every third paper is at version 2, as revised papers are on arXiv.
  const entries = items.map((it, i) => arxivEntry(it, i % 3 === 2 ? 2 : 1));
  writeFileSync(new URL(`arxiv/feed-${m[1]}.xml`, dir), arxivFeed(items.map((it) => it.paper.id).join(','), entries));
  if (m[1] === '2026-02-12') writeFileSync(new URL(`hf/papers-date-${m[1]}.html`, dir), dailyPapersPage(m[1], items));
}
