import { styleText } from 'node:util';
import type { Digest } from '../digest/digest.js';
import { dailyTitle } from '../core/post-format.js';

type Style = Parameters<typeof styleText>[0];

/** Terminal styles, or none; whether to colour is decided once, by `wantsColor`, not again per string. */
export function palette(color: boolean) {
  const style = (format: Style) => (s: string) => (color ? styleText(format, s, { validateStream: false }) : s);
  return { bold: style('bold'), dim: style('dim'), green: style('green'), yellow: style('yellow'), cyan: style('cyan'), red: style('red') };
}

/**
 * Whether the preview is coloured: `--no-color` and NO_COLOR turn colour off, FORCE_COLOR (other than
 * "0") turns it on even so, as https://no-color.org and Node itself read them.
 */
export function wantsColor(flag: boolean | undefined, env: Record<string, string | undefined>): boolean {
  if (flag === false) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return !env.NO_COLOR;
}

const clip = (s: string, width: number): string => (s.length > width ? `${s.slice(0, Math.max(0, width - 1))}…` : s);

/** The first sentence of an abstract. */
const firstLine = (abstract: string): string => /^.*?[.!?](?=\s|$)/.exec(abstract)?.[0] ?? abstract;

/** A terminal preview of a day's digest and of what changes against the existing post. */
export function formatPreview(digest: Digest, changes: readonly string[], target: string, opts: { color: boolean; width: number; isNew: boolean }): string {
  const c = palette(opts.color);
  const width = Math.max(40, opts.width);
  const out = [c.bold(dailyTitle(digest.date)) + c.dim(` · top ${digest.entries.length} of ${digest.paperCount} papers`), ''];
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
