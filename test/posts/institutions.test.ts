import { describe, expect, it } from 'vitest';
import { fixInstitutions, institutionLines, isJunkInstitution, junkInstitutionLines } from '../../src/posts/institutions.js';
import { fixture, hfDay } from '../helpers/fixtures.js';

type Item = { paper: { id: string; organization?: { fullname: string } } };
const orgOf = (items: Item[]) => new Map(items.map((it) => [it.paper.id, it.paper.organization?.fullname ?? null]));

const ORIGINAL = fixture('posts/2026-02-12-daily-papers.original.md');
const CORPUS = [3, 4, 5, 6, 7].map((d) => fixture(`corpus/2025-11-0${d}-daily-papers-${1762174155 + (d - 3) * 86_400}.md`));
const BLOG_FILES = ['2025-11-03', '2026-01-20', '2026-08-22'].map(
  (d) => JSON.parse(fixture(`blog/daily-${d}.json`)) as { papers: Array<{ institution: string; url: string }> },
);

describe('isJunkInstitution', () => {
  it('takes no organization name Hugging Face gave in the recorded listings for junk', () => {
    const names = ['2026-02-12', '2026-02-16', '2026-02-25']
      .flatMap((d) => hfDay(d).map((it: Item) => it.paper.organization?.fullname))
      .filter(Boolean) as string[];
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter(isJunkInstitution)).toEqual([]);
  });

  it("finds the old crawler's junk in a real post: exactly the lines that differ from the paper's organization", () => {
    const orgs = orgOf(hfDay('2026-02-12'));
    const lines = institutionLines(ORIGINAL.split('\n'));
    expect(lines).toHaveLength(10);
    for (const line of lines) expect(isJunkInstitution(line.value), line.value).toBe(line.value !== orgs.get(line.id!));
  });

  it('finds every "·N authors" line of the first posts, and no organization name there', () => {
    const values = CORPUS.flatMap((post) => institutionLines(post.split('\n')).map((l) => l.value));
    expect(values).toHaveLength(50);
    expect(values.filter((v) => v.startsWith('·')).length).toBeGreaterThan(0);
    expect(values.filter(isJunkInstitution)).toEqual(values.filter((v) => v.startsWith('·')));
  });

  it('finds the junk kept in the blog\'s own data files: a count glued to a name, or "·N authors"', () => {
    const values = BLOG_FILES.flatMap((f) => f.papers.map((p) => p.institution));
    const junk = [
      '·8 authors',
      '·36 authors',
      '·11 authors',
      '·10 authors',
      'OpenMOSS62',
      'Microsoft Research462',
      '·8 authors2',
      '·10 authors82',
      '·8 authors22',
      '·5 authors1',
      'Tsinghua IIGroup2',
      'MBZUAI-IFM Paris Lab32',
      'Technical University of Munich72',
      'Google1362',
      'university of science and technology  of china253',
      'Ant Research2807',
      'OpenMOSS464',
      'Tencent Hunyuan422',
      'ZJUNLP12',
      'Tencent6',
      'ForgeWM932',
      'Shanghai Jiao Tong University2',
      'Tencent52',
    ];
    expect(values.filter(isJunkInstitution)).toEqual(junk);
  });

  it('knows the organizations whose own name ends in digits, in any case, and their junk', () => {
    expect(isJunkInstitution('Ai2')).toBe(false);
    expect(isJunkInstitution('AI2')).toBe(false);
    expect(isJunkInstitution('LLM360')).toBe(false);
    expect(isJunkInstitution('AI2169')).toBe(true);
    expect(isJunkInstitution('StepFun1.24k')).toBe(true);
    expect(isJunkInstitution('Mistral AI_')).toBe(false);
    expect(isJunkInstitution('Mistral AI_12')).toBe(true);
    expect(isJunkInstitution('OpenMOSS (SII, FNLP)3')).toBe(true);
    expect(isJunkInstitution('서울대학교12')).toBe(true);
  });

  it('reads the card text with a space after the dot, whole thousands of stars, and space around the value', () => {
    expect(isJunkInstitution('· 8 authors')).toBe(true);
    expect(isJunkInstitution('Qwen12k')).toBe(true);
    expect(isJunkInstitution('NVIDIA1 ')).toBe(true);
    expect(isJunkInstitution(' Ai2 ')).toBe(false);
  });

  it('takes stars only at the end of the value', () => {
    expect(isJunkInstitution('The 100k Context Lab')).toBe(false);
  });
});

describe('institutionLines', () => {
  it("pairs each 기관 line with its entry's paper, titles broken over lines included", () => {
    const post = CORPUS[0]!;
    const lines = institutionLines(post.split('\n'));
    const ids = [...post.matchAll(/huggingface\.co\/papers\/([\d.]+)\)/g)].map((m) => m[1]);
    expect(lines.map((l) => l.id)).toEqual(ids);
    expect(lines[1]).toEqual({ index: 22, value: '·8 authors', id: '2510.27492' });
  });

  it('reads only entries, each up to its first blank line, the last one up to the end of the post', () => {
    const hf = (id: string) => `   - [HF 페이지](https://huggingface.co/papers/${id})`;
    const post = [
      'Intro',
      '   - 기관: Stray1',
      '',
      '1. **A** - 👍 3',
      hf('2601.00001'),
      '',
      '   - 기관: AfterA1',
      '',
      '2. **B** - 👍 2',
      '   - 기관: B1',
      ' ',
      hf('2601.00009'),
      '',
      '3. **C** - 👍 1',
      '   - 기관: C1',
      '   - 기관: C2',
      hf('2601.00003'),
    ];
    expect(institutionLines(post)).toEqual([
      { index: 9, value: 'B1', id: undefined },
      { index: 14, value: 'C1', id: '2601.00003' },
    ]);
  });

  it('gives no id to an entry without its HF line', () => {
    const post = '1. **A** - 👍 3\n   - 기관: X1\n   - [논문 링크](https://arxiv.org/abs/2601.00001)\n';
    expect(institutionLines(post.split('\n'))).toEqual([{ index: 1, value: 'X1', id: undefined }]);
  });
});

describe('fixInstitutions', () => {
  it('sets each junk line to the organization or removes it, and leaves every other line as it is', () => {
    const orgs = orgOf(hfDay('2026-02-12'));
    const fix = fixInstitutions(ORIGINAL, orgs);
    expect(fix.set + fix.removed).toBe(8);
    // GENIUS (2602.11144) has no organization on Hugging Face: its line goes.
    expect(fix.text).not.toMatch(/authors1/);
    expect(fix.text).toMatch(/^ {3}- 기관: StepFun\n {3}- \[HF 페이지\]\(https:\/\/huggingface\.co\/papers\/2602\.10604\)$/m);
    expect(fix.text).toMatch(/^ {3}- 기관: Peking University$/m);
    const kept = (t: string) => t.split('\n').filter((l) => !l.startsWith('   - 기관: '));
    expect(kept(fix.text)).toEqual(kept(ORIGINAL));
    expect(fix.removed).toBe(
      ORIGINAL.split('\n').filter((l, i, all) => /authors/.test(l) && orgs.get(/papers\/([\d.]+)/.exec(all[i + 1]!)![1]!) === null).length,
    );
    expect(junkInstitutionLines(fix.text)).toEqual([]);
  });

  it('leaves the junk of papers it was not told about, and a clean line even when told', () => {
    const post =
      '1. **A** - 👍 3\n   - 기관: Google\n   - [HF 페이지](https://huggingface.co/papers/2601.00001)\n\n2. **B** - 👍 2\n   - 기관: NVIDIA1\n   - [HF 페이지](https://huggingface.co/papers/2601.00002)\n';
    const fix = fixInstitutions(post, new Map([['2601.00001', 'Alphabet']]));
    expect(fix).toEqual({ text: post, set: 0, removed: 0 });
  });

  it('writes the organization as literal Markdown', () => {
    const post = '1. **A** - 👍 3\n   - 기관: Org1\n   - [HF 페이지](https://huggingface.co/papers/2602.20001)\n';
    const hostile = orgOf(hfDay('2026-02-20'));
    expect(fixInstitutions(post, hostile).text.split('\n')[1]).toBe('   - 기관: Org \\*1\\* \\[x\\](y)');
  });
});
