import { cp, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blogCopyUpstream } from '../../scripts/blog-copy.js';
import { startReplayServer } from '../../scripts/replay-server.js';
import { FIXTURES, runCli, tempDir } from '../helpers/cli.js';

// The blog copy of fixtures/blog-copy/ (old posts: junk 기관 lines, broken titles, papers of the days
// before, one known only by id, one Hugging Face has forgotten) against the Hugging Face it came from.
const upstream = blogCopyUpstream(FIXTURES);
const plan = JSON.parse(await readFile(join(FIXTURES, 'blog-copy/plan.json'), 'utf8')) as { posts: string[]; fromEarlierDays: string[]; byIdOnly: string[]; unknown: string[] };
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
const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
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
        const institution = lines[i - 1]!.startsWith('   - 기관: ') ? unescape(lines[i - 1]!.slice('   - 기관: '.length)) : undefined;
        if (id === unknown) expect(institution, `${path} ${id}`).toBe(/^ {3}- 기관: (.*)$/.exec(before.get(path)!.split('\n').find((l, k, all) => all[k + 1]?.includes(`papers/${id})`))!)![1]);
        else expect(institution, `${path} ${id}`).toBe(orgOf(id));
      }
      // Nothing else changed: the same lines but the 기관 ones, titles joined.
      const rest = (text: string) => text.replace(/\n {2}(?=\S)/g, ' ').split('\n').filter((l) => !l.startsWith('   - 기관: '));
      expect(rest(lines.join('\n'))).toEqual(rest(before.get(path)!));
      expect(lines.some((l) => /^ {2}\S/.test(l))).toBe(false);
    }
  });

  it('lists what it could not fix, with the reason, on stderr and in --json', async () => {
    const report = JSON.parse(firstRun.stdout) as { institutions: { left: number }; files: Array<{ path: string; status: string; institutions: { left: Array<{ line: number; id: string; reason: string }> } }> };
    const left = report.files.flatMap((f) => f.institutions.left.map((l) => ({ path: f.path, ...l })));
    expect(left).toEqual([expect.objectContaining({ path: '_posts/2026-01-20-daily-papers.md', id: plan.unknown[0], reason: `Hugging Face does not know paper ${plan.unknown[0]} (HTTP 404 by id)` })]);
    expect(report.institutions.left).toBe(1);
    expect(firstRun.stderr).toContain(`_posts/2026-01-20-daily-papers.md:${left[0]!.line}: 기관 "`);
    expect(firstRun.stderr).toContain(`left as it is: Hugging Face does not know paper ${plan.unknown[0]} (HTTP 404 by id)`);
    expect(report.files.every((f) => f.status === 'changed')).toBe(true);
  });

  it('reads each listing once, only of the posts\' days and the three before, and asks by id only what the listings lack', async () => {
    const asked = requestsSince(0);
    expect(asked.other).toEqual([]);
    expect(new Set(asked.listings).size).toBe(asked.listings.length);
    expect(new Set(asked.byId).size).toBe(asked.byId.length);
    const postDays = plan.posts.map(dayOf);
    const within = (day: string) => postDays.some((p) => Date.parse(p) - Date.parse(day) >= 0 && Date.parse(p) - Date.parse(day) <= 3 * 86_400_000);
    expect(asked.listings.filter((d) => !within(d))).toEqual([]);
    expect(asked.byId).toEqual(expect.arrayContaining([...plan.byIdOnly, ...plan.unknown]));
    // A paper asked by id is in none of the listings read of its post's day and the three before.
    const postOf = new Map(plan.posts.flatMap((name) => [...before.get(`_posts/${name}`)!.matchAll(/huggingface\.co\/papers\/([\d.]+)\)/g)].map((m) => [m[1]!, dayOf(name)] as const)));
    const listedIn = (id: string, day: string) => (upstream.days.get(day) ?? []).some((it: { paper: { id: string } }) => it.paper.id === id);
    const readNear = (id: string) => asked.listings.filter((d) => within(d) && Date.parse(postOf.get(id)!) - Date.parse(d) >= 0 && Date.parse(postOf.get(id)!) - Date.parse(d) <= 3 * 86_400_000);
    expect(asked.byId.filter((id) => readNear(id).some((d) => listedIn(id, d)))).toEqual([]);
    // Most papers of the days before were found in listings, not asked one by one.
    expect(plan.fromEarlierDays.filter((id) => asked.byId.includes(id)).length).toBeLessThan(plan.fromEarlierDays.length / 4);
  });

  it('leaves validate nothing Hugging Face could fix: only the forgotten paper\'s line, which repair listed', async () => {
    const res = await runCli(['validate', '--posts-dir', '_posts'], { cwd: dir });
    const report = JSON.parse(firstRun.stdout) as { files: Array<{ path: string; institutions: { left: Array<{ line: number }> } }> };
    const listed = report.files.flatMap((f) => f.institutions.left.map((l) => `${f.path}:${l.line}:`));
    expect(res.stdout.trim().split('\n').map((l) => /^(\S+?:\d+:)/.exec(l)![1])).toEqual(listed);
    expect(res.stdout).toMatch(/looks like the old crawler's junk/);
    expect(res.code).toBe(1);
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
