import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// The built package imported by name, as a consumer does: `import { repairText } from 'hfdigest'`.
// A resolve hook records every module the import pulls in, so that a library user is seen not to
// load the CLI (commander) or the network code (undici).
const PROGRAM = `
import { register } from 'node:module';
const { port1, port2 } = new MessageChannel();
const seen = [];
port1.on('message', (url) => seen.push(url));
const hook = 'let port; export function initialize(d) { port = d.port; } ' +
  'export async function resolve(s, c, next) { const r = await next(s, c); port.postMessage(r.url); return r; }';
register('data:text/javascript,' + encodeURIComponent(hook), { data: { port: port2 }, transferList: [port2] });
const { repairText } = await import('hfdigest');
const garbled = repairText('Le CafÃ© de la Gare â€” ouvert');
const clean = repairText('Crème brûlée, l’été');
await new Promise((r) => setTimeout(r, 100));
port1.close();
console.log(JSON.stringify({ garbled, clean, seen }));
`;

function consumer(dir: string) {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(ROOT, join(dir, 'node_modules', 'hfdigest'), 'dir');
}

describe("the library entry 'hfdigest'", () => {
  it('repairs text and says whether it changed, without loading the CLI or the network code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hfdigest-lib-'));
    try {
      consumer(dir);
      const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', PROGRAM], { cwd: dir, encoding: 'utf8' }));
      expect(out.garbled).toMatchObject({ text: 'Le Café de la Gare — ouvert', changed: true });
      expect(out.clean).toMatchObject({ text: 'Crème brûlée, l’été', changed: false });
      const seen = out.seen as string[];
      expect(seen.some((u) => u.endsWith('/dist/index.js'))).toBe(true);
      expect(seen.some((u) => u.endsWith('/dist/repair/repair.js'))).toBe(true);
      expect(seen.filter((u) => /commander|undici|cheerio|\/dist\/cli\.js|\/dist\/commands\/|\/dist\/sources\/|^node:(http|https|net|tls)$/.test(u))).toEqual(
        [],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ships types: a TypeScript consumer type-checks against them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hfdigest-types-'));
    try {
      consumer(dir);
      writeFileSync(join(dir, 'package.json'), '{"name":"consumer","type":"module","private":true}');
      writeFileSync(
        join(dir, 'use.ts'),
        "import { repairText, type RepairResult } from 'hfdigest';\nconst r: RepairResult = repairText('x');\nconst t: string = r.text;\nconst c: boolean = r.changed;\nexport { t, c };\n",
      );
      const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
      const args = [
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--types',
        'node',
        '--typeRoots',
        join(ROOT, 'node_modules', '@types'),
        'use.ts',
      ];
      writeFileSync(join(dir, 'bad.ts'), "import { repairText } from 'hfdigest';\nconst n: number = repairText('x');\nexport { n };\n");
      // One compiler run over both: the right use type-checks, and a wrong one does not (the types are
      // the library's, not `any`).
      const run = spawnSync(process.execPath, [tsc, ...args, 'bad.ts'], { cwd: dir, encoding: 'utf8' });
      const errors = run.stdout.split('\n').filter((l) => /error TS/.test(l));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^bad\.ts\(2,7\): error TS2322: Type 'RepairResult' is not assignable to type 'number'/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
