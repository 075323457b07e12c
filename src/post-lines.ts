// The line grammar of a daily post (see render.ts), for the modules that read posts back.

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
