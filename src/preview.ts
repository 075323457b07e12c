import type { Digest } from './digest.js';

/** ANSI styles, or none. */
export function palette(color: boolean) {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), green: wrap(32, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), red: wrap(31, 39) };
}

const clip = (s: string, width: number): string => (s.length > width ? `${s.slice(0, Math.max(0, width - 1))}…` : s);

/** The first sentence of an abstract. */
const firstLine = (abstract: string): string => /^.*?[.!?](?=\s|$)/.exec(abstract)?.[0] ?? abstract;

/** A terminal preview of a day's digest and of what changes against the existing post. */
export function formatPreview(digest: Digest, changes: readonly string[], target: string, opts: { color: boolean; width: number; isNew: boolean }): string {
  const c = palette(opts.color);
  const width = Math.max(40, opts.width);
  const out = [c.bold(`Hugging Face Daily Papers - ${digest.date}`) + c.dim(` · top ${digest.entries.length} of ${digest.paperCount} papers`), ''];
  for (const e of digest.entries) {
    const rank = String(e.rank).padStart(2);
    const votes = `👍 ${e.upvotes}`.padEnd(7);
    out.push(`${c.bold(rank)}. ${c.yellow(votes)} ${c.bold(clip(e.title, width - 13))}`);
    if (e.institution) out.push(`${' '.repeat(12)}${c.cyan(clip(e.institution, width - 12))}`);
    out.push(`${' '.repeat(12)}${c.dim(clip(firstLine(e.abstract), width - 12))}${e.abstractSource === 'hf' ? c.red(' (HF summary)') : ''}`);
  }
  out.push('');
  if (opts.isNew) out.push(c.green(`${target} would be a new post.`));
  else if (changes.length === 0) out.push(c.dim(`${target}: no change.`));
  else {
    out.push(c.bold(`Changes against ${target}:`));
    for (const line of changes) {
      const color = line.startsWith('new') ? c.green : line.startsWith('removed') ? c.red : c.yellow;
      out.push(`  ${color(line)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
