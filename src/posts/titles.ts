import { brokenTitleEnd } from './lines.js';

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
