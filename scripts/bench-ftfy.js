// ftfy's `fix_encoding` on the documents the repair benchmark uses, timed the way hfdigest's repair is:
// in one process, after start-up and reading, over every document in turn. ftfy is optional: the
// benchmark uses whatever `python3` (or $BENCH_PYTHON) can import (pip's ftfy, or Debian's python3-ftfy).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROGRAM = `
import json, os, sys, time
try:
    import ftfy
except ImportError as e:
    print(json.dumps({"error": str(e)})); sys.exit(0)
folder = sys.argv[1]
names = sorted(os.listdir(os.path.join(folder, "garbled")))
read = lambda kind, name: open(os.path.join(folder, kind, name), encoding="utf-8", newline="").read()
garbled = [read("garbled", n) for n in names]
clean = [read("clean", n) for n in names]
start = time.perf_counter()
fixed = [ftfy.fix_encoding(t) for t in garbled]
seconds = time.perf_counter() - start
print(json.dumps({"version": ftfy.__version__, "seconds": seconds, "exact": sum(f == c for f, c in zip(fixed, clean))}))
`;

/**
 * Runs ftfy over `garbled` (with `clean`, the originals, to count exact repairs). Resolves to
 * { version, seconds, exact } or { error } when ftfy or Python is missing.
 */
export async function benchFtfy(garbled, clean) {
  const dir = mkdtempSync(join(tmpdir(), 'hfdigest-ftfy-'));
  try {
    for (const kind of ['garbled', 'clean']) mkdirSync(join(dir, kind));
    for (const [kind, texts] of [
      ['garbled', garbled],
      ['clean', clean],
    ]) {
      for (const [i, text] of texts.entries()) writeFileSync(join(dir, kind, `${String(i).padStart(5, '0')}.md`), text);
    }
    const python = process.env.BENCH_PYTHON ?? 'python3';
    const out = await new Promise((resolve) => {
      const child = spawn(python, ['-c', PROGRAM, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', (err) => resolve({ error: `${python}: ${err.message}` }));
      child.on('close', () => {
        try {
          resolve(JSON.parse(stdout));
        } catch {
          resolve({ error: stderr.trim().split('\n').at(-1) || `${python} printed nothing` });
        }
      });
    });
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
