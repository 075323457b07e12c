import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, listTree, tempDirEachTest } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';

let dir: string;
tempDirEachTest((d) => (dir = d));

const seed = (name: string) => copyFile(join(FIXTURES, 'mojibake', `${name}.txt`), join(dir, `${name}.md`));

describe('hfdigest repair', () => {
  it('reports many files in the order given, each once it is written', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `post-${String(i).padStart(2, '0')}.md`);
    for (const [i, name] of names.entries()) {
      await copyFile(join(FIXTURES, 'mojibake', i % 2 ? '001_9eeb928047ae3480.txt' : '000_3a4e898428b4ef33.txt'), join(dir, name));
    }
    const args = [...names.slice(0, 11), 'missing.md', ...names.slice(11)];
    const res = await runMain(['repair', ...args], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr.split('\n').filter(Boolean)).toEqual(
      args.map((name) =>
        name === 'missing.md' ? 'missing.md: error: no such file' : `${name}: changed (${names.indexOf(name) % 2 ? 'mac-roman' : 'windows-1254'})`,
      ),
    );
    const original = await readFile(join(FIXTURES, 'posts/2026-02-13-daily-papers.original.md'), 'utf8');
    expect(await readFile(join(dir, names[19]!), 'utf8')).toBe(original);

    expect((await listTree(dir)).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('--check writes nothing and exits 1 when a file would change; --dry-run shows a diff', async () => {
    await seed('002_6d8b4a9ba87d7057');
    const original = await readFile(join(dir, '002_6d8b4a9ba87d7057.md'), 'utf8');
    const check = await runMain(['repair', '--check', '002_6d8b4a9ba87d7057.md'], { cwd: dir });
    expect(check.code).toBe(4);
    expect(check.stderr).toMatch(/002_6d8b4a9ba87d7057\.md: would be changed \(windows-1254\)/);
    const dry = await runMain(['repair', '--dry-run', '002_6d8b4a9ba87d7057.md'], { cwd: dir });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^-categories: \[Daily Papers, ì¼ê°„\]\n\+categories: \[Daily Papers, 일간\]$/m);
    expect(await readFile(join(dir, '002_6d8b4a9ba87d7057.md'), 'utf8')).toBe(original);
    const json = JSON.parse((await runMain(['repair', '--check', '--json', '002_6d8b4a9ba87d7057.md'], { cwd: dir })).stdout);
    expect(json.files).toEqual([{ path: '002_6d8b4a9ba87d7057.md', status: 'changed', codecs: ['windows-1254'], uncertain: [] }]);
  });

  it('--dry-run shows a unified diff: one title joined is one hunk', async () => {
    const name = '2025-11-04-daily-papers.md';
    await copyFile(join(FIXTURES, 'corpus/2025-11-04-daily-papers-1762260555.md'), join(dir, name));
    expect((await runMain(['repair', name], { cwd: dir })).code).toBe(0);
    const lines = (await readFile(join(dir, name), 'utf8')).split('\n');
    const entry = lines.findIndex((l) => /^1\. \*\*\S+ .+\*\* - 👍 \d+$/.test(l));
    const cut = lines[entry]!.indexOf(' ', 6);
    lines.splice(entry, 1, lines[entry]!.slice(0, cut), `  ${lines[entry]!.slice(cut + 1)}`);
    await writeFile(join(dir, name), lines.join('\n'));
    const dry = await runMain(['repair', '--dry-run', name], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout.match(/^@@ /gm)).toHaveLength(1);
    expect(dry.stdout.match(/^[-+](?![-+]{2} )/gm)).toHaveLength(3);
  });

  it('never modifies a binary file or one that is not UTF-8', async () => {
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xc3, 0xa9, 0xe2, 0x80]);
    const latin1 = Buffer.from('caf\xe9 \xc3\xa9', 'latin1');
    await writeFile(join(dir, 'image.png'), binary);
    await writeFile(join(dir, 'latin1.txt'), latin1);
    const res = await runMain(['repair', 'image.png', 'latin1.txt'], { cwd: dir });
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/image\.png: skipped \(binary file\)/);
    expect(res.stderr).toMatch(/latin1\.txt: skipped \(not UTF-8 text\)/);
    expect(await readFile(join(dir, 'image.png'))).toEqual(binary);
    expect(await readFile(join(dir, 'latin1.txt'))).toEqual(latin1);
  });

  it('needs at least one file', async () => {
    const res = await runMain(['repair'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/missing required argument 'files'/);
  });
});

describe('hfdigest repair --institutions', () => {
  it("leaves validate only the lines it listed as left, with their reasons, on the blog's real old posts", async () => {
    const { startReplayServer } = await import('../../scripts/replay-server.js');
    const server = await startReplayServer({ fixturesDir: FIXTURES });
    try {
      await mkdir(join(dir, '_posts'));
      const corpus = (await readdir(join(FIXTURES, 'corpus'))).filter((n) => n.includes('daily-papers'));
      for (const name of corpus) await copyFile(join(FIXTURES, 'corpus', name), join(dir, '_posts', name));
      for (const day of ['2026-02-12', '2026-02-13'])
        await copyFile(join(FIXTURES, `posts/${day}-daily-papers.original.md`), join(dir, '_posts', `${day}-daily-papers.md`));
      const files = (await readdir(join(dir, '_posts'))).sort().map((n) => `_posts/${n}`);
      const problems = async () => (await runMain(['validate', '--posts-dir', '_posts'], { cwd: dir })).stdout.trim().split('\n').filter(Boolean);
      const before = await problems();
      expect(before.some((p) => /broken over several lines/.test(p))).toBe(true);

      const res = await runMain(['repair', '--institutions', '--json', '--hf-url', server.url, ...files], { cwd: dir });
      expect(res.code, res.stderr).toBe(0);
      const report = JSON.parse(res.stdout) as {
        files: Array<{
          path: string;
          institutions: { set: number; removed: number; left: Array<{ line: number; id: string; value: string; reason: string }> };
        }>;
      };
      const left = report.files.flatMap((f) => f.institutions.left.map((l) => ({ path: f.path, ...l })));
      // What validate still reports is exactly what repair listed, each a junk line of a paper Hugging Face does not know here.
      const after = await problems();
      expect(after.map((p) => /^(\S+?:\d+):/.exec(p)![1])).toEqual(left.map((l) => `${l.path}:${l.line}`));
      expect(after.every((p) => /looks like the old crawler's junk/.test(p))).toBe(true);
      for (const l of left) {
        expect(l.reason).toBe(`Hugging Face does not know paper ${l.id} (HTTP 404 by id)`);
        expect(res.stderr).toContain(`${l.path}:${l.line}: 기관 "${l.value}" left as it is: ${l.reason}`);
      }
      // The post whose day Hugging Face lists here is fixed whole: StepFun, NVIDIA, Peking University and
      // MTSAIR set; the four "·N authors" papers have no organization. The others' junk is all left.
      expect(report.files.find((f) => f.path.includes('2026-02-12'))!.institutions).toEqual({ set: 4, removed: 4, left: [] });
      expect(before.length).toBeGreaterThan(after.length);
    } finally {
      await server.close();
    }
  });

  it('exits 3 when Hugging Face cannot be read, after fixing what needs no network, and stops asking after three failures', async () => {
    const { startReplayServer } = await import('../../scripts/replay-server.js');
    const forbidden = (_req: unknown, _url: URL, res: import('node:http').ServerResponse) => {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden');
      return true;
    };
    const server = await startReplayServer({ fixturesDir: FIXTURES, fault: forbidden });
    try {
      const names = ['2025-11-03-daily-papers-1762174155.md', '2025-11-04-daily-papers-1762260555.md', '2025-11-05-daily-papers-1762346955.md'];
      for (const name of names) await copyFile(join(FIXTURES, 'corpus', name), join(dir, name));
      const res = await runMain(['repair', '--institutions', '--json', '--hf-url', server.url, ...names], { cwd: dir });
      expect(res.code, res.stderr).toBe(3);
      const report = JSON.parse(res.stdout) as { files: Array<{ status: string; titlesJoined: number; institutions: { left: Array<{ reason: string }> } }> };
      expect(report.files.map((f) => f.status)).toEqual(['changed', 'changed', 'changed']);
      const reasons = report.files.flatMap((f) => f.institutions.left.map((l) => l.reason));
      expect(reasons.length).toBeGreaterThan(3);
      expect(reasons.every((r) => /Hugging Face/.test(r))).toBe(true);
      expect(reasons.some((r) => r.startsWith('not asked: Hugging Face failed 3 times in a row'))).toBe(true);
      // The titles are joined all the same; the junk stays for a rerun.
      expect(await readFile(join(dir, names[0]!), 'utf8')).toMatch(
        /^2\. \*\*ThinkMorph: Emergent Properties in Multimodal Interleaved Chain-of-Thought Reasoning\*\* - 👍 37$/m,
      );
      expect(server.requests.length).toBeLessThan(12);
    } finally {
      await server.close();
    }
  });
});
