import { ENTRY_END, ENTRY_START, SUB_ITEM } from '../core/post-format.js';

/** How many lines after an entry's first line its end (`** - 👍 N`) may come, when HF's title held line breaks. */
const TITLE_CONTINUATIONS = 3;

/**
 * For an entry line `N. **Title…` at `at` whose title goes on over the next lines, the index of the
 * line that ends it; undefined when the entry is on one line or has no end within reach.
 */
export function brokenTitleEnd(lines: readonly string[], at: number): number | undefined {
  if (!ENTRY_START.test(lines[at] ?? '') || ENTRY_END.test(lines[at] ?? '')) return undefined;
  for (let j = at + 1; j <= at + TITLE_CONTINUATIONS && j < lines.length; j += 1) {
    const line = lines[j]!;
    if (ENTRY_END.test(line)) return j;
    // An entry's own sub-items or a blank line: this entry's first line is malformed, not broken.
    if (line.trim() === '' || line.startsWith(SUB_ITEM)) return undefined;
  }
  return undefined;
}

/**
 * Joins the titles the old crawler broke over lines (it kept Hugging Face's `"\n  "` inside titles):
 * `1. **Can Agent Conquer Web? … in` + `  Web Games** - 👍 42` becomes one entry line. Needs no network.
 */
export function joinBrokenTitles(post: string): { text: string; joined: number } {
  const lines = post.split('\n');
  const out: string[] = [];
  let joined = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const end = brokenTitleEnd(lines, i);
    if (end === undefined) {
      out.push(lines[i]!);
      continue;
    }
    const [first, ...rest] = lines.slice(i, end + 1);
    // `1. **` alone on its line: the title starts on the next one, right after the asterisks.
    out.push(rest.reduce((acc, l) => `${acc}${acc.endsWith('**') ? '' : ' '}${l.trim()}`, first!.trimEnd()));
    joined += 1;
    i = end;
  }
  return { text: joined ? out.join('\n') : post, joined };
}
