import { cp, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blogCopyUpstream } from '../../scripts/blog-copy.js';
import { startReplayServer } from '../../scripts/replay-server.js';
import { FIXTURES, runCli, tempDir } from '../helpers/cli.js';

// The blog copy of fixtures/blog-copy/ (old posts: junk 기관 lines, broken titles, papers of the days
// before, one known only by id, one Hugging Face has forgotten) against the Hugging Face it came from.
const upstream = blogCopyUpstream(FIXTURES);
const plan = JSON.parse(await readFile(join(FIXTURES, 'blog-copy/plan.json'), 'utf8')) as {
  posts: string[];
  fromEarlierDays: string[];
  byIdOnly: string[];
  unknown: string[];
};
type Paper = { organization?: { fullname: string } };
const orgOf = (id: string) => (upstream.papers.get(id) as Paper | undefined)?.organization?.fullname;

let server: Awaited<ReturnType<typeof startReplayServer>>;
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  server = await startReplayServer({ days: upstream.days, papers: upstream.papers, entries: upstream.entries });
  ({ dir, cleanup } = await tempDir());
  await cp(join(FIXTURES, 'blog-copy/_posts'), join(dir, '_posts'), { recursive: true });
  await cp(join(FIXTURES, 'blog-copy/_data'), join(dir, '_data'), { recursive: true });
});
afterAll(async () => {
  await server.close();
  await cleanup();
});

const posts = () => plan.posts.map((name) => `_posts/${name}`);
const read = (path: string) => readFile(join(dir, path), 'utf8');
const dayOf = (name: string) => name.slice(0, 10);
const unescaped = (s: string) => s.replace(/\\(.)/g, '$1');
/** Requests since `from`, by kind. */
function requestsSince(from: number) {
  const made = server.requests.slice(from);
  return {
    listings: made.filter((r) => r.path === '/api/daily_papers').map((r) => new URLSearchParams(r.query).get('date')!),
    byId: made.filter((r) => r.path.startsWith('/api/papers/')).map((r) => r.path.slice('/api/papers/'.length)),
    other: made.filter((r) => r.path !== '/api/daily_papers' && !r.path.startsWith('/api/papers/')).map((r) => r.path),
  };
}

describe('repair --institutions on a copy of the blog', () => {
  let firstRun: Awaited<ReturnType<typeof runCli>>;
  let before: Map<string, string>;

  it("gives every junk 기관 line the paper's organization or removes it, and joins the broken titles", async () => {
    before = new Map(await Promise.all(posts().map(async (p) => [p, await read(p)] as const)));
    firstRun = await runCli(['repair', '--institutions', '--json', '--hf-url', server.url, ...posts()], { cwd: dir });
    expect(firstRun.code, firstRun.stderr).toBe(0);
    const [unknown] = plan.unknown;
    for (const path of posts()) {
      const lines = (await read(path)).split('\n');
      for (const [i, line] of lines.entries()) {
        const id = /^ {3}- \[HF 페이지\]\(https:\/\/huggingface\.co\/papers\/(.+)\)$/.exec(line)?.[1];
        if (!id) continue;
        const institution = lines[i - 1]!.startsWith('   - 기관: ') ? unescaped(lines[i - 1]!.slice('   - 기관: '.length)) : undefined;
        if (id === unknown)
          expect(institution, `${path} ${id}`).toBe(
            /^ {3}- 기관: (.*)$/.exec(
              before
                .get(path)!
                .split('\n')
                .find((_l, k, all) => all[k + 1]?.includes(`papers/${id})`))!,
            )![1],
          );
        else expect(institution, `${path} ${id}`).toBe(orgOf(id));
      }
      // Nothing else changed: the same lines but the 기관 ones, titles joined.
      const rest = (text: string) =>
        text
          .replace(/\n {2}(?=\S)/g, ' ')
          .split('\n')
          .filter((l) => !l.startsWith('   - 기관: '));
      expect(rest(lines.join('\n'))).toEqual(rest(before.get(path)!));
      expect(lines.some((l) => /^ {2}\S/.test(l))).toBe(false);
    }
  });

  it('lists what it could not fix, with the reason, on stderr and in --json', async () => {
    const report = JSON.parse(firstRun.stdout) as {
      institutions: { left: number };
      files: Array<{ path: string; status: string; institutions: { left: Array<{ line: number; id: string; reason: string }> } }>;
    };
    const left = report.files.flatMap((f) => f.institutions.left.map((l) => ({ path: f.path, ...l })));
    expect(left).toEqual([
      expect.objectContaining({
        path: '_posts/2026-01-20-daily-papers.md',
        id: plan.unknown[0],
        reason: `Hugging Face does not know paper ${plan.unknown[0]} (HTTP 404 by id)`,
      }),
    ]);
    expect(report.institutions.left).toBe(1);
    expect(firstRun.stderr).toContain(`_posts/2026-01-20-daily-papers.md:${left[0]!.line}: 기관 "`);
    expect(firstRun.stderr).toContain(`left as it is: Hugging Face does not know paper ${plan.unknown[0]} (HTTP 404 by id)`);
    expect(report.files.every((f) => f.status === 'changed')).toBe(true);
  });

  it("reads each listing once, only of the posts' days and the three before, and asks by id only what the listings lack", async () => {
    const asked = requestsSince(0);
    expect(asked.other).toEqual([]);
    expect(new Set(asked.listings).size).toBe(asked.listings.length);
    expect(new Set(asked.byId).size).toBe(asked.byId.length);
    const postDays = plan.posts.map(dayOf);
    const within = (day: string) => postDays.some((p) => Date.parse(p) - Date.parse(day) >= 0 && Date.parse(p) - Date.parse(day) <= 3 * 86_400_000);
    expect(asked.listings.filter((d) => !within(d))).toEqual([]);
    expect(asked.byId).toEqual(expect.arrayContaining([...plan.byIdOnly, ...plan.unknown]));
    // A paper asked by id is in none of the listings read of its post's day and the three before.
    const postOf = new Map(
      plan.posts.flatMap((name) =>
        [...before.get(`_posts/${name}`)!.matchAll(/huggingface\.co\/papers\/([\d.]+)\)/g)].map((m) => [m[1]!, dayOf(name)] as const),
      ),
    );
    const listedIn = (id: string, day: string) => (upstream.days.get(day) ?? []).some((it: { paper: { id: string } }) => it.paper.id === id);
    const readNear = (id: string) =>
      asked.listings.filter(
        (d) => within(d) && Date.parse(postOf.get(id)!) - Date.parse(d) >= 0 && Date.parse(postOf.get(id)!) - Date.parse(d) <= 3 * 86_400_000,
      );
    expect(asked.byId.filter((id) => readNear(id).some((d) => listedIn(id, d)))).toEqual([]);
    // Most papers of the days before were found in listings, not asked one by one.
    expect(plan.fromEarlierDays.filter((id) => asked.byId.includes(id)).length).toBeLessThan(plan.fromEarlierDays.length / 4);
  });

  it("leaves validate nothing Hugging Face could fix: only the forgotten paper's line, which repair listed", async () => {
    const res = await runCli(['validate', '--posts-dir', '_posts'], { cwd: dir });
    const report = JSON.parse(firstRun.stdout) as { files: Array<{ path: string; institutions: { left: Array<{ line: number }> } }> };
    const listed = report.files.flatMap((f) => f.institutions.left.map((l) => `${f.path}:${l.line}:`));
    expect(
      res.stdout
        .trim()
        .split('\n')
        .map((l) => /^(\S+?:\d+:)/.exec(l)![1]),
    ).toEqual(listed);
    expect(res.stdout).toMatch(/looks like the old crawler's junk/);
    expect(res.code).toBe(4);
  });

  it('asks a rerun only about the paper it could not find, and changes no file', async () => {
    const stamps = await Promise.all(posts().map(async (p) => [(await stat(join(dir, p))).mtimeMs, await read(p)]));
    const from = server.requests.length;
    const rerun = await runCli(['repair', '--institutions', '--hf-url', server.url, ...posts()], { cwd: dir });
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(requestsSince(from)).toEqual({ listings: [], byId: plan.unknown, other: [] });
    expect(await Promise.all(posts().map(async (p) => [(await stat(join(dir, p))).mtimeMs, await read(p)]))).toEqual(stamps);
    expect(rerun.stderr.split('\n').filter((l) => l.endsWith(': unchanged'))).toHaveLength(plan.posts.length);
  });

  it('leaves the data files as they are', async () => {
    for (const name of await readdir(join(FIXTURES, 'blog-copy/_data/papers'))) {
      expect(await read(`_data/papers/${name}`)).toBe(await readFile(join(FIXTURES, 'blog-copy/_data/papers', name), 'utf8'));
    }
  });
});

// The rest of the take-over, after the repair above: each month's summary from the old data files, a
// fetch that writes the day in the same data-file format, and validate over all of it. The expected
// figures were worked out from fixtures/blog-copy/_data/papers with a separate script (papers
// de-duplicated by url, each with its latest likes), not with hfdigest's code.
describe('the blog copy taken over: monthly summaries, a fetch, validate', () => {
  it.each([
    ['2025-12', '12월', 70, '1,753', '25.04', 7],
    ['2026-01', '1월', 80, '2,041', '25.51', 8],
    ['2026-02', '2월', 89, '2,180', '24.49', 9],
  ])("monthly --month %s writes the blog's summary post and monthly JSON", async (month, name, papers, likes, average, days) => {
    const res = await runCli(['monthly', '--month', month], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    const post = await read(`_posts/${month}-01-monthly-papers-summary.md`);
    expect(post.split('\n').slice(0, 8)).toEqual([
      '---',
      `title: Hugging Face Papers Monthly Summary - ${month.slice(0, 4)}년 ${name}`,
      `permalink: /posts/monthly-papers-summary-${month}/`,
      `date: ${month}-01 09:00:00 +0900`,
      'categories: [Daily Papers, 월간]',
      'tags: [huggingface, papers, monthly, ai, summary]',
      'author: lim4349',
      '---',
    ]);
    expect(post).toContain(`- **총 논문 수**: ${papers}개\n- **총 좋아요 수**: ${likes}\n- **평균 좋아요 수**: ${average}\n- **수집 일수**: ${days}일\n`);
    expect(post).toContain('## 🔥 가장 인기 있는 논문 Top 20\n');
    expect(post.match(/^\d+\. \*\*/gm)).toHaveLength(20);
    const json = JSON.parse(await read(`_data/papers/monthly-${month}.json`));
    expect(json).toMatchObject({
      year: Number(month.slice(0, 4)),
      month: Number(month.slice(5)),
      total_papers: papers,
      total_likes: Number(likes.replace(',', '')),
      days_crawled: days,
    });
    expect(json.top_papers).toHaveLength(20);
    for (const p of json.top_papers) expect(Object.keys(p)).toEqual(expect.arrayContaining(['title', 'url', 'likes', 'paper_link', 'abstract']));
  });

  it('fetch writes the day in the data-file format the blog already has, its keys kept', async () => {
    const res = await runCli(['fetch', '--date', '2026-02-26', '--no-cache', '--arxiv-interval-ms', '0', '--hf-url', server.url, '--arxiv-url', server.url], {
      cwd: dir,
    });
    expect(res.code, res.stderr).toBe(0);
    const old = JSON.parse(await readFile(join(FIXTURES, 'blog-copy/_data/papers/daily-2026-02-26.json'), 'utf8'));
    const now = JSON.parse(await read('_data/papers/daily-2026-02-26.json'));
    expect(Object.keys(now)).toEqual(expect.arrayContaining(Object.keys(old)));
    expect(now.total_papers).toBe(now.papers.length);
    expect(now.crawled_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
    const listed = new Map(
      (upstream.days.get('2026-02-26') as Array<{ paper: { id: string; upvotes: number; organization?: { fullname: string } } }>).map((it) => [
        it.paper.id,
        it.paper,
      ]),
    );
    for (const p of now.papers) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['title', 'url', 'published', 'likes', 'institution', 'paper_link', 'abstract']));
      const id = p.url.replace('https://huggingface.co/papers/', '');
      expect(p.likes).toBe(listed.get(id)!.upvotes);
      expect(p.institution).toBe(listed.get(id)!.organization?.fullname ?? null);
      expect(p.paper_link).toBe(`https://arxiv.org/abs/${id}`);
    }
  });

  it('validate then reports only the line Hugging Face could not fix', async () => {
    const res = await runCli(['validate'], { cwd: dir });
    const lines = res.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^_posts\/2026-01-20-daily-papers\.md:\d+: .*looks like the old crawler's junk/);
    // 24 daily posts (the fetched day's rewritten in place) and the 3 summaries.
    expect(res.stderr).toMatch(/27 posts checked, 1 problems/);
  });
});
