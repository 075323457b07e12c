// A copy of a blog in the old crawler's shape (fixtures/blog-copy/), and the Hugging Face it was
// crawled from, as the replay server serves it. Deterministic: the same fixtures give the same files.
// `node scripts/make-blog-copy.js` writes the copy; tests and scripts import blogCopyUpstream().
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { arxivEntry, syntheticDay } from './fixture-shapes.js';
import { loadFixtures, papersById } from './replay-server.js';

const REAL_DAYS = ['2026-02-12', '2026-02-16', '2026-02-25'];

/** The weekdays Hugging Face listed papers on, around the posts; the three real days among them. */
const LISTED_DAYS = [
  '2025-12-18',
  '2025-12-19',
  '2025-12-22',
  '2025-12-23',
  '2025-12-24',
  '2025-12-26',
  '2025-12-29',
  '2025-12-30',
  '2025-12-31',
  '2026-01-02',
  '2026-01-05',
  '2026-01-06',
  '2026-01-07',
  '2026-01-08',
  '2026-01-09',
  '2026-01-12',
  '2026-01-13',
  '2026-01-15',
  '2026-01-16',
  '2026-01-19',
  '2026-01-20',
  '2026-02-05',
  '2026-02-06',
  '2026-02-09',
  '2026-02-10',
  '2026-02-11',
  '2026-02-12',
  '2026-02-13',
  '2026-02-16',
  '2026-02-17',
  '2026-02-23',
  '2026-02-24',
  '2026-02-25',
  '2026-02-26',
];

/**
 * The posts, and where their papers came from: the old crawler ran early in the UTC day, so a post
 * lists its own day's top papers and some of the day or two before (after a weekend, Friday's).
 * `[day, count]` pairs; the listing's best papers not yet posted are taken.
 */
const POSTS = [
  [
    '2025-12-22',
    [
      ['2025-12-22', 7],
      ['2025-12-19', 3],
    ],
  ],
  [
    '2025-12-23',
    [
      ['2025-12-23', 7],
      ['2025-12-22', 3],
    ],
  ],
  [
    '2025-12-24',
    [
      ['2025-12-24', 8],
      ['2025-12-23', 2],
    ],
  ],
  [
    '2025-12-26',
    [
      ['2025-12-26', 7],
      ['2025-12-24', 3],
    ],
  ],
  [
    '2025-12-29',
    [
      ['2025-12-29', 7],
      ['2025-12-26', 3],
    ],
  ],
  // A Tuesday with a paper of the Friday before: four days back, so it is found by id only.
  [
    '2025-12-30',
    [
      ['2025-12-30', 7],
      ['2025-12-29', 2],
      ['2025-12-26', 1],
    ],
  ],
  [
    '2025-12-31',
    [
      ['2025-12-31', 8],
      ['2025-12-30', 2],
    ],
  ],
  [
    '2026-01-05',
    [
      ['2026-01-05', 7],
      ['2026-01-02', 3],
    ],
  ],
  [
    '2026-01-06',
    [
      ['2026-01-06', 7],
      ['2026-01-05', 3],
    ],
  ],
  [
    '2026-01-07',
    [
      ['2026-01-07', 8],
      ['2026-01-06', 2],
    ],
  ],
  [
    '2026-01-08',
    [
      ['2026-01-08', 7],
      ['2026-01-07', 2],
      ['2026-01-06', 1],
    ],
  ],
  [
    '2026-01-09',
    [
      ['2026-01-09', 8],
      ['2026-01-08', 2],
    ],
  ],
  [
    '2026-01-12',
    [
      ['2026-01-12', 7],
      ['2026-01-09', 3],
    ],
  ],
  [
    '2026-01-13',
    [
      ['2026-01-13', 8],
      ['2026-01-12', 2],
    ],
  ],
  // No post on 01-14 to 01-19: 01-20's look-back reads the 01-19 listing for it alone.
  // (And the paper HF has forgotten, FORGOTTEN, is in this post.)
  [
    '2026-01-20',
    [
      ['2026-01-20', 6],
      ['2026-01-19', 2],
      ['2026-01-16', 1],
    ],
  ],
  [
    '2026-02-09',
    [
      ['2026-02-09', 7],
      ['2026-02-06', 3],
    ],
  ],
  [
    '2026-02-10',
    [
      ['2026-02-10', 7],
      ['2026-02-09', 3],
    ],
  ],
  [
    '2026-02-11',
    [
      ['2026-02-11', 7],
      ['2026-02-10', 3],
    ],
  ],
  [
    '2026-02-12',
    [
      ['2026-02-12', 8],
      ['2026-02-11', 1],
      ['2026-02-10', 1],
    ],
  ],
  [
    '2026-02-13',
    [
      ['2026-02-13', 8],
      ['2026-02-12', 2],
    ],
  ],
  [
    '2026-02-16',
    [
      ['2026-02-16', 7],
      ['2026-02-13', 3],
    ],
  ],
  // A paper of five days before: found by id only.
  [
    '2026-02-17',
    [
      ['2026-02-17', 6],
      ['2026-02-16', 2],
      ['2026-02-12', 1],
    ],
  ],
  [
    '2026-02-25',
    [
      ['2026-02-25', 7],
      ['2026-02-24', 2],
      ['2026-02-23', 1],
    ],
  ],
  [
    '2026-02-26',
    [
      ['2026-02-26', 8],
      ['2026-02-25', 2],
    ],
  ],
];

/** A paper the old crawler listed that Hugging Face has since forgotten: every lookup of it is a 404. */
const FORGOTTEN = { id: '2601.19990', post: '2026-01-20', from: '2602.10975' };

// Up to 2025-12 the old crawler wrote clean names and "·N authors"; from 2026 it glued the GitHub
// stars (when the paper has a repository) and the comment count (when there is any) on, as in
// fixtures/blog/ and fixtures/posts/: "StepFun1.24k2", "Imperial College London01", "Google".
const gluesCounts = (day) => day >= '2026-01-01';
// Posts of 2025-12 have the older front matter and file name; two of 2026-01 carry a permalink.
const olderStyle = (day) => day < '2026-01-01';
const withPermalink = (day) => day === '2026-01-07' || day === '2026-01-13';

const collapse = (s) => s.replace(/\s+/g, ' ').trim();

/** The old crawler's "기관" text for an item: org + stars + comments, or "·N authors" + comments. */
function junkInstitution(item, day) {
  const org = item.paper.organization?.fullname;
  const authors = `·${item.paper.authors.length} authors`;
  if (!gluesCounts(day)) return org ?? authors;
  const stars = item.paper.githubStars;
  const compact = stars === undefined ? '' : stars >= 1000 ? `${(stars / 1000).toFixed(2).replace(/\.?0+$/, '')}k` : String(stars);
  const comments = item.numComments ? String(item.numComments) : '';
  return `${org ?? authors}${compact}${comments}`;
}

/** Titles the way arXiv wrapped them and Hugging Face kept them: long ones broken with "\n  ". */
function wrappedTitle(title) {
  const t = collapse(title);
  if (t.length <= 75) return t;
  const cut = t.lastIndexOf(' ', 70);
  return `${t.slice(0, cut)}\n  ${t.slice(cut + 1)}`;
}

// Fewer papers on the days where syntheticDay's ids (YYMM.DDNNN) would reach a recorded paper's.
const SHORT_DAYS = { '2026-02-06': 8, '2026-02-11': 8, '2026-02-13': 13 };

/** A day of papers cloned from real ones (see syntheticDay), each day from the next part of them. */
function listedDay(day, index, real) {
  const offset = (index * 14) % real.length;
  return syntheticDay(day, SHORT_DAYS[day] ?? 14, [...real.slice(offset), ...real.slice(0, offset)]);
}

/**
 * What Hugging Face knows: the listings of LISTED_DAYS (the real recordings on their own days),
 * every listed paper by id, and arXiv entries for all of them. `fixturesDir` is the project's fixtures/.
 */
export function blogCopyUpstream(fixturesDir) {
  const recorded = loadFixtures(fixturesDir);
  const real = REAL_DAYS.flatMap((d) => recorded.days.get(d));
  const days = new Map(LISTED_DAYS.map((day, i) => [day, REAL_DAYS.includes(day) ? recorded.days.get(day) : listedDay(day, i, real)]));
  const papers = papersById(days);
  const listed = [...days.values()].flat();
  if (papers.size !== listed.length) throw new Error('a synthetic id collides with another paper: choose other days');
  const entries = new Map(recorded.entries);
  for (const item of listed) if (!entries.has(item.paper.id)) entries.set(item.paper.id, arxivEntry(item));
  return { days, papers, entries };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** When the old crawler ran for `day`: early in the UTC day, at a time that varies a little. */
function crawledAt(day, i) {
  return `${day}T02:${pad(3 + (i % 9))}:${pad((i * 13) % 60)}.${pad((i * 104729) % 1_000_000, 6)}`;
}

function frontMatter(day) {
  const quoted = olderStyle(day);
  return [
    '---',
    `title: Hugging Face Daily Papers - ${day}`,
    ...(withPermalink(day) ? [`permalink: /posts/daily-papers-${day}/`] : []),
    `date: ${day} 09:15:00 +0900`,
    quoted ? "categories: ['Daily Papers', '일간']" : 'categories: [Daily Papers, 일간]',
    quoted ? "tags: ['huggingface', 'papers', 'daily', 'ai']" : 'tags: [huggingface, papers, daily, ai]',
    'author: lim4349',
    '---',
    '',
  ].join('\n');
}

/**
 * The blog copy: relative path → content, and the plan of what was planted in it (of the papers with
 * a junk 기관 line: those from the days before their post, those listed more than three days before,
 * which only a lookup by id finds, and the one Hugging Face does not know).
 */
export function blogCopyFiles(fixturesDir) {
  const { days } = blogCopyUpstream(fixturesDir);
  const posted = new Set();
  const files = new Map();
  const plan = { posts: [], fromEarlierDays: [], byIdOnly: [], unknown: [] };
  POSTS.forEach(([day, sources], i) => {
    const items = [];
    for (const [from, count] of sources) {
      const best = [...days.get(from)].sort((a, b) => b.paper.upvotes - a.paper.upvotes).filter((it) => !posted.has(it.paper.id));
      const chosen = best.slice(0, count);
      for (const it of chosen) posted.add(it.paper.id);
      items.push(...chosen.map((item) => ({ item, from })));
    }
    if (day === FORGOTTEN.post) {
      const base = recordedItem(fixturesDir, FORGOTTEN.from);
      items.push({ item: { ...base, paper: { ...base.paper, id: FORGOTTEN.id } }, from: null });
      plan.unknown.push(FORGOTTEN.id);
    }
    // The plan names the papers whose 기관 line is junk: only those need looking up.
    for (const { item, from } of items.filter(({ item }) => junkInstitution(item, day) !== item.paper.organization?.fullname)) {
      const back = from === null ? null : (Date.parse(day) - Date.parse(from)) / 86_400_000;
      if (back !== null && back > 3) plan.byIdOnly.push(item.paper.id);
      else if (back) plan.fromEarlierDays.push(item.paper.id);
    }
    // The crawler's likes, at crawl time: fewer than now.
    const entries = items.map(({ item }) => ({ item, likes: Math.floor(item.paper.upvotes * 0.8) })).sort((a, b) => b.likes - a.likes);
    const at = crawledAt(day, i);
    const papers = entries.map(({ item, likes }) => {
      const p = item.paper;
      const codeLink = p.githubRepo ?? p.projectPage;
      return {
        title: wrappedTitle(p.title),
        url: `https://huggingface.co/papers/${p.id}`,
        published: at,
        likes,
        institution: junkInstitution(item, day),
        paper_link: `https://arxiv.org/abs/${p.id}`,
        ...(codeLink ? { code_link: codeLink } : {}),
        abstract: collapse(p.summary),
        ...(olderStyle(day) ? { tags: [] } : {}),
      };
    });
    const body = papers
      .map((p, k) =>
        [
          `${k + 1}. **${p.title}** - 👍 ${p.likes}`,
          `   - 기관: ${p.institution}`,
          `   - [HF 페이지](${p.url})`,
          `   - [논문 링크](${p.paper_link})`,
          `   - Abstract: ${p.abstract}`,
          '',
        ].join('\n'),
      )
      .join('\n');
    const unix = Math.floor(Date.parse(`${at.slice(0, 19)}Z`) / 1000);
    const name = olderStyle(day) ? `${day}-daily-papers-${unix}.md` : `${day}-daily-papers.md`;
    const heading = `\n# Hugging Face Daily Papers - ${day}\n\n총 **${papers.length}개**의 논문이 수집되었습니다.\n\n## 📊 좋아요 순위\n\n`;
    files.set(`_posts/${name}`, `${frontMatter(day)}${heading}${body}\n`);
    files.set(`_data/papers/daily-${day}.json`, JSON.stringify({ date: day, crawled_at: at, total_papers: papers.length, papers }, null, 2));
    plan.posts.push(name);
  });
  files.set('plan.json', `${JSON.stringify(plan, null, 2)}\n`);
  return files;
}

function recordedItem(fixturesDir, id) {
  for (const day of REAL_DAYS) {
    const item = JSON.parse(readFileSync(join(fixturesDir, 'hf', `daily_papers-${day}.json`), 'utf8')).find((it) => it.paper.id === id);
    if (item) return item;
  }
  throw new Error(`no recorded paper ${id}`);
}
