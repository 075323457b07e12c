// The line grammar of a daily post (see render/post.ts), for the modules that read posts back.

/** `N. **Title** - 👍 upvotes` */
export const ENTRY_LINE = /^(\d+)\. \*\*(.+)\*\* - 👍 (\d+)$/;
/** The same line in an older post, whose thumbs-up may still be mojibake. */
export const GARBLED_ENTRY_LINE = /^(\d+)\. \*\*(.*)\*\* - \S+ (\d+)\s*$/;
/** The start and end of an entry line, for a title broken over lines. */
export const ENTRY_START = /^(\d+)\. \*\*/;
export const ENTRY_END = /\*\* - 👍 (\d+)$/;
export const INSTITUTION_LINE = /^ {3}- 기관: /;
export const HF_LINE = /^ {3}- \[HF 페이지\]\(https:\/\/huggingface\.co\/papers\/([^)\s]+)\)$/;
export const ARXIV_LINE = /^ {3}- \[논문 링크\]\(https:\/\/arxiv\.org\/abs\/([^)\s]+)\)$/;
/** The HF link anywhere in a line, whatever its (possibly garbled) label. */
export const HF_URL = /\(https:\/\/huggingface\.co\/papers\/([^)\s]+)\)/;

/** A daily post's file name, plain or with the old crawler's `-<unix time>` suffix; group 1 is its day. */
export const DAILY_POST_NAME = /^(\d{4}-\d{2}-\d{2})-daily-papers(?:-\d+)?\.md$/;
/** A monthly summary's file name; group 1 is its month. */
export const MONTHLY_POST_NAME = /^(\d{4}-\d{2})-01-monthly-papers-summary\.md$/;

/** The day a daily post is about, from its file name. */
export const dayOfPost = (fileName: string): string | undefined => DAILY_POST_NAME.exec(fileName)?.[1];

/** Daily and monthly posts list numbered papers; other posts are free prose. */
export const listsPapers = (fileName: string): boolean => DAILY_POST_NAME.test(fileName) || MONTHLY_POST_NAME.test(fileName);

/** How many lines after an entry's first line its end (`** - 👍 N`) may come, when HF's title held line breaks. */
export const TITLE_CONTINUATIONS = 3;

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
    if (line.trim() === '' || line.startsWith('   - ')) return undefined;
  }
  return undefined;
}
