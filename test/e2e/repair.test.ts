import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, listTree, runCli, tempDirEachTest } from '../helpers/cli.js';

let dir: string;
tempDirEachTest((d) => (dir = d));

const seed = (name: string) => copyFile(join(FIXTURES, 'mojibake', `${name}.txt`), join(dir, `${name}.md`));

describe('hfdigest repair, end to end', () => {
  it('repairs in place, reports per file, and handles a missing file without stopping', async () => {
    await seed('000_3a4e898428b4ef33');
    await seed('001_9eeb928047ae3480');
    const clean = join(FIXTURES, 'corpus/2025-11-18-mig-setup.md');
    await copyFile(clean, join(dir, 'clean.md'));
    const before = await stat(join(dir, 'clean.md'));
    const res = await runCli(['repair', '000_3a4e898428b4ef33.md', 'missing.md', '001_9eeb928047ae3480.md', 'clean.md'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr.split('\n').filter(Boolean)).toEqual([
      '000_3a4e898428b4ef33.md: changed (windows-1254)',
      'missing.md: error: no such file',
      '001_9eeb928047ae3480.md: changed (mac-roman)',
      'clean.md: unchanged',
    ]);
    expect(await readFile(join(dir, '000_3a4e898428b4ef33.md'), 'utf8')).toBe(
      await readFile(join(FIXTURES, 'posts/2026-02-12-daily-papers.original.md'), 'utf8'),
    );
    expect(await readFile(join(dir, '001_9eeb928047ae3480.md'), 'utf8')).toBe(
      await readFile(join(FIXTURES, 'posts/2026-02-13-daily-papers.original.md'), 'utf8'),
    );
    expect((await stat(join(dir, 'clean.md'))).mtimeMs).toBe(before.mtimeMs);
    expect((await listTree(dir)).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});

describe('hfdigest repair --institutions, end to end', () => {
  it("repairs the mojibake and sets each 기관 line to the paper's organization, or removes it", async () => {
    const { startReplayServer } = await import('../../scripts/replay-server.js');
    const { hfDay } = await import('../helpers/fixtures.js');
    const server = await startReplayServer({ fixturesDir: FIXTURES });
    try {
      await copyFile(join(FIXTURES, 'mojibake/000_3a4e898428b4ef33.txt'), join(dir, '2026-02-12-daily-papers.md'));
      const res = await runCli(['repair', '--institutions', '--hf-url', server.url, '2026-02-12-daily-papers.md'], { cwd: dir });
      expect(res.code, res.stderr).toBe(0);
      expect(res.stderr).toMatch(/2026-02-12-daily-papers\.md: changed \(windows-1254 then 기관 lines\)/);
      const post = await readFile(join(dir, '2026-02-12-daily-papers.md'), 'utf8');
      const orgs = new Map(
        hfDay('2026-02-12').map((it: { paper: { id: string; organization?: { fullname: string } } }) => [it.paper.id, it.paper.organization?.fullname]),
      );
      const lines = post.split('\n');
      const ids = lines.map((l) => /papers\/([^)]+)\)/.exec(l)?.[1]).filter(Boolean) as string[];
      expect(ids).toHaveLength(10);
      for (const id of ids) {
        const at = lines.findIndex((l) => l.includes(`papers/${id})`));
        const institution = lines[at - 1]!.startsWith('   - 기관: ') ? lines[at - 1]!.slice(9) : undefined;
        expect(institution, id).toBe(orgs.get(id));
      }
      expect(post).not.toMatch(/StepFun1\.24k2|authors1/);
      // Everything else is the original post, line for line.
      const original = (await readFile(join(FIXTURES, 'posts/2026-02-12-daily-papers.original.md'), 'utf8'))
        .split('\n')
        .filter((l) => !l.startsWith('   - 기관: '));
      expect(lines.filter((l) => !l.startsWith('   - 기관: '))).toEqual(original);
      expect(server.requests.map((r) => r.path)).toEqual(['/api/daily_papers']);
    } finally {
      await server.close();
    }
  });

  it('sends HF_TOKEN, and lists an organization whose own name ends in digits as left, since validate will keep pointing at it', async () => {
    const { startReplayServer } = await import('../../scripts/replay-server.js');
    const { hfDay } = await import('../helpers/fixtures.js');
    const [a, b] = hfDay('2026-02-12');
    const renamed = { ...a, paper: { ...a.paper, organization: { ...a.paper.organization, fullname: 'Lab42' } } };
    const server = await startReplayServer({ days: new Map([['2026-02-12', [renamed, b]]]) });
    try {
      const entry = (n: number, id: string, org: string) =>
        `${n}. **Paper ${n}** - 👍 ${10 - n}\n   - 기관: ${org}\n   - [HF 페이지](https://huggingface.co/papers/${id})\n   - [논문 링크](https://arxiv.org/abs/${id})\n   - Abstract: Text.\n`;
      await writeFile(join(dir, '2026-02-12-daily-papers.md'), `${entry(1, a.paper.id, 'Lab421.36k5')}\n${entry(2, b.paper.id, '·5 authors2')}`);
      const res = await runCli(['repair', '--institutions', '--hf-url', server.url, '2026-02-12-daily-papers.md'], {
        cwd: dir,
        env: { HF_TOKEN: 'hf_secret' },
      });
      expect(res.code, res.stderr).toBe(0);
      expect(server.requests.map((r) => [r.path, r.headers.authorization])).toEqual([['/api/daily_papers', 'Bearer hf_secret']]);
      expect(res.stderr).not.toContain('hf_secret');
      expect(await readFile(join(dir, '2026-02-12-daily-papers.md'), 'utf8')).toBe(
        `${entry(1, a.paper.id, 'Lab42')}\n${entry(2, b.paper.id, '').replace(/^ {3}- 기관: \n/m, '')}`,
      );
      expect(res.stderr).toContain(
        `2026-02-12-daily-papers.md:2: 기관 "Lab42" left as it is: Hugging Face's own name for the organization of ${a.paper.id}, "Lab42", ends in digits like the old crawler's junk`,
      );
    } finally {
      await server.close();
    }
  });
});
