// Builders for fixtures in the real upstream shapes (see fixtures/README.md). Shared by the
// fixture generator, the replay server of `npm run demo`, the tests and the benchmark.

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s) => escapeXml(s).replace(/"/g, '&quot;');

/** An arXiv Atom <entry> as export.arxiv.org writes it, for a Hugging Face daily-papers item. */
export function arxivEntry(item, version = 1) {
  const p = item.paper;
  const id = `${p.id}v${version}`;
  const authors = p.authors.map((a) => `    <author>\n      <name>${escapeXml(a.name)}</name>\n    </author>`).join('\n');
  return `  <entry>
    <id>http://arxiv.org/abs/${id}</id>
    <title>${escapeXml(p.title)}</title>
    <updated>${p.publishedAt.replace(/\.\d+Z$/, 'Z')}</updated>
    <link href="https://arxiv.org/abs/${id}" rel="alternate" type="text/html"/>
    <link href="https://arxiv.org/pdf/${id}" rel="related" type="application/pdf" title="pdf"/>
    <summary>${escapeXml(p.summary)}</summary>
    <category term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>
    <published>${p.publishedAt.replace(/\.\d+Z$/, 'Z')}</published>
    <arxiv:primary_category term="cs.CL"/>
${authors}
  </entry>`;
}

/** A whole arXiv API feed around `entries` (strings from arxivEntry or recorded ones). */
export function arxivFeed(idList, entries) {
  const list = escapeXml(idList);
  return `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
  <id>https://arxiv.org/api/replay</id>
  <title>arXiv Query: search_query=&amp;id_list=${list}&amp;start=0&amp;max_results=100</title>
  <updated>2026-04-12T22:09:25Z</updated>
  <link href="https://arxiv.org/api/query?search_query=&amp;start=0&amp;max_results=100&amp;id_list=${list}" type="application/atom+xml"/>
  <opensearch:itemsPerPage>100</opensearch:itemsPerPage>
  <opensearch:totalResults>${entries.length}</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
${entries.join('\n')}${entries.length ? '\n' : ''}</feed>
`;
}

/** arXiv's error feed for a malformed id, sent with HTTP 400. */
export function arxivErrorFeed(badId) {
  return `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
  <id>https://arxiv.org/</id>
  <title>arXiv Search Results</title>
  <updated>2026-04-12T22:59:06Z</updated>
  <opensearch:itemsPerPage>1</opensearch:itemsPerPage>
  <opensearch:totalResults>1</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
  <entry>
    <id>https://arxiv.org/api/errors#incorrect_id_format_for_${escapeXml(badId)}</id>
    <title>Error</title>
    <updated>2026-04-12T22:59:06Z</updated>
    <link href="https://arxiv.org/api/errors#incorrect_id_format_for_${escapeXml(badId)}" rel="alternate" type="text/html"/>
    <summary>incorrect id format for ${escapeXml(badId)}</summary>
    <author>
      <name>arXiv api core</name>
    </author>
  </entry>
</feed>
`;
}

/**
 * The page huggingface.co/papers/date/D: the item array sits HTML-escaped in the data-props of the
 * DailyPapers component, beside card markup that hfdigest must not depend on.
 */
export function dailyPapersPage(date, items) {
  const props = escapeAttr(JSON.stringify({ dailyPapers: items, date, nextDate: null, prevDate: null }));
  const cards = items
    .slice(0, 3)
    .map(
      (it) =>
        `<article class="relative flex flex-col overflow-hidden rounded-xl border"><h3 class="mb-1 text-lg font-semibold leading-[1.2]"><a href="/papers/${it.paper.id}" class="line-clamp-3">${escapeXml(it.paper.title)}</a></h3><div class="leading-none">${it.paper.upvotes}</div></article>`,
    )
    .join('');
  return `<!doctype html>
<html class=""><head><meta charset="utf-8"><title>Daily Papers - Hugging Face</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no"></head>
<body class="flex flex-col min-h-dvh bg-white dark:bg-gray-950 text-black DailyPapersPage">
<div class="flex min-h-dvh flex-col"><main class="flex flex-1 flex-col">
<div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${props}">${cards}</div>
</main></div></body></html>
`;
}

/**
 * A day of `count` papers for `date`, cloned from real items with fresh ids (`YYMM.DDNNN`, unique per
 * day) and spread-out upvotes, for paging and backfill runs larger than the recordings.
 */
export function syntheticDay(date, count, realItems) {
  const [y, m, d] = date.split('-');
  return Array.from({ length: count }, (_, i) => {
    const base = realItems[i % realItems.length];
    const id = `${y.slice(2)}${m}.${d}${String(i).padStart(3, '0')}`;
    const at = `${date}T${String(i % 24).padStart(2, '0')}:00:00.000Z`;
    return {
      ...base,
      paper: { ...base.paper, id, upvotes: (count - i) * 3 + (i % 7), submittedOnDailyAt: at },
      thumbnail: `https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${id}.png`,
    };
  });
}
