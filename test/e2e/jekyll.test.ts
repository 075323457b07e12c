import { execFileSync, spawnSync } from 'node:child_process';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayServer } from '../../scripts/replay-server.js';
import { collapse } from '../../src/core/text.js';
import { FIXTURES, listTree, runCli, tempDir } from '../helpers/cli.js';
import { hfDay } from '../helpers/fixtures.js';

/**
 * kramdown's typographic symbols (smart quotes, dashes, ellipses) are how the existing posts look too;
 * they are undone here so that the rest of the text can be compared character for character.
 */
const plain = (s: string): string =>
  s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/—/g, '---').replace(/–/g, '--').replace(/…/g, '...').replace(/«/g, '<<').replace(/»/g, '>>');

const hasJekyll = spawnSync('jekyll', ['--version'], { stdio: 'ignore' }).status === 0;
// CI installs jekyll (.ci/run); there a missing jekyll is a failure, not a skip.
const run = hasJekyll || process.env.CI ? describe : describe.skip;

run('generated posts in a real Jekyll build', () => {
  let site: string;
  let cleanup: () => Promise<void>;
  const pages = new Map<string, cheerio.CheerioAPI>();

  beforeAll(async () => {
    ({ dir: site, cleanup } = await tempDir());
    const server = await startReplayServer({ fixturesDir: FIXTURES });
    try {
      for (const date of ['2026-02-12', '2026-02-20']) {
        const res = await runCli(['fetch', '--date', date, '--top', '48', '--no-cache', '--hf-url', server.url, '--arxiv-url', server.url], { cwd: site });
        expect(res.code, res.stderr).toBe(0);
      }
    } finally {
      await server.close();
    }
    // A site title that would show up if Liquid were evaluated.
    await writeFile(join(site, '_config.yml'), 'title: LIQUID-WAS-EVALUATED\nurl: https://evaluated.example\nmarkdown: kramdown\n');
    await mkdir(join(site, '_site'), { recursive: true });
    execFileSync('jekyll', ['build', '--quiet', '--source', site, '--destination', join(site, '_site')], { stdio: 'pipe' });
    for (const file of (await listTree(join(site, '_site'))).filter((f) => f.endsWith('.html'))) {
      const date = /(\d{4})\/(\d{2})\/(\d{2})\/daily-papers\.html$/.exec(file);
      if (date) pages.set(date.slice(1).join('-'), cheerio.load(await readFile(join(site, '_site', file), 'utf8')));
    }
  }, 120_000);
  afterAll(() => cleanup?.());

  it('builds both posts', () => {
    expect([...pages.keys()].sort()).toEqual(['2026-02-12', '2026-02-20']);
  });

  it('shows every hostile title, abstract and institution literally', () => {
    const $ = pages.get('2026-02-20')!;
    const items = $('ol > li').toArray();
    const papers = hfDay('2026-02-20');
    expect(items).toHaveLength(papers.length);
    items.forEach((li, i) => {
      const paper = papers[i].paper;
      expect(plain($(li).children('strong').text())).toBe(collapse(paper.title));
      const subs = $(li)
        .find('ul > li')
        .toArray()
        .map((s) => plain($(s).text()));
      expect(subs[0]).toBe(`기관: ${collapse(paper.organization.fullname)}`);
      expect(subs[3]).toBe(`Abstract: ${collapse(paper.summary)}`);
    });
    const html = $.html();
    expect(html).not.toMatch(/LIQUID-WAS-EVALUATED|evaluated\.example/);
    expect($('script, img, iframe, b, em, table, code, a[href^="javascript"], h2 + h1, hr').length).toBe(0);
    // Only the links hfdigest itself writes: two per paper.
    expect(
      $('a')
        .toArray()
        .map((a) => $(a).attr('href')),
    ).toEqual(papers.flatMap((p: { paper: { id: string } }) => [`https://huggingface.co/papers/${p.paper.id}`, `https://arxiv.org/abs/${p.paper.id}`]));
  });

  it('keeps ordinary posts as readable as before: titles, institutions and abstracts as HF wrote them', () => {
    const $ = pages.get('2026-02-12')!;
    const byId = new Map(hfDay('2026-02-12').map((it: { paper: { id: string } }) => [it.paper.id, it.paper]));
    const items = $('ol > li').toArray();
    expect(items).toHaveLength(48);
    for (const li of items) {
      const id = /papers\/(.+)$/.exec($(li).find('a').first().attr('href') ?? '')![1]!;
      const paper = byId.get(id) as { title: string; summary: string; organization?: { fullname: string } };
      expect(plain($(li).children('strong').text())).toBe(collapse(paper.title));
      const texts = $(li)
        .find('ul > li')
        .toArray()
        .map((s) => plain($(s).text()));
      expect(texts.at(-1)).toBe(`Abstract: ${collapse(paper.summary)}`);
      if (paper.organization) expect(texts[0]).toBe(`기관: ${paper.organization.fullname}`);
      else expect(texts[0]).toBe('HF 페이지');
    }
  });
});
