// The blog's post format in one place: what render/ writes and what posts/ and repair/ read back.

/** `2026-01` → `2026년 1월` */
export const koreanMonth = (month: string): string => `${month.slice(0, 4)}년 ${Number(month.slice(5, 7))}월`;

export const dailyTitle = (date: string): string => `Hugging Face Daily Papers - ${date}`;
export const monthlyTitle = (month: string): string => `Hugging Face Papers Monthly Summary - ${koreanMonth(month)}`;
export const monthlyHeading = (month: string): string => `# Hugging Face Papers 월간 요약 - ${koreanMonth(month)}`;

/** The categories of daily posts and of monthly summaries. */
export const DAILY_CATEGORIES = ['Daily Papers', '일간'] as const;
export const MONTHLY_CATEGORIES = ['Daily Papers', '월간'] as const;
export const RANKING_HEADING = '## 📊 좋아요 순위';
export const countLine = (papers: number | 'N'): string => `총 **${papers}개**의 논문이 수집되었습니다.`;
/** The count line; group 1 is the number. */
export const COUNT_LINE = /^총 \*\*(\d+)개\*\*의 논문이 수집되었습니다\.$/;
export const STATISTICS_HEADING = '## 📊 통계';
export const topHeading = (n: number | 'N'): string => `## 🔥 가장 인기 있는 논문 Top ${n}`;
export const TOP_HEADING = /^## 🔥 가장 인기 있는 논문 Top (\d+)$/;
export const tagsHeading = (n: number | 'N'): string => `## 🏷️ 인기 태그 Top ${n}`;

/** A monthly statistic: its label, the unit after the number, and how the number is written. */
export interface Statistic {
  label: string;
  unit: string;
  number: string;
}
const WHOLE = '[\\d,]+';
export const STATISTICS = {
  papers: { label: '총 논문 수', unit: '개', number: WHOLE },
  likes: { label: '총 좋아요 수', unit: '', number: WHOLE },
  average: { label: '평균 좋아요 수', unit: '', number: '\\d+\\.\\d\\d' },
  days: { label: '수집 일수', unit: '일', number: WHOLE },
} as const satisfies Record<string, Statistic>;
export const statisticLine = (s: Statistic, value: string): string => `- **${s.label}**: ${value}${s.unit}`;
/** A statistic's line; group 1 is its number. */
export const statisticPattern = (s: Statistic): RegExp => new RegExp(`^- \\*\\*${s.label}\\*\\*: (${s.number})${s.unit}$`);

/** The front matter's `date`: `2026-02-12 09:15:00 +0900`. */
export const postDate = (day: string, time: string, utcOffset: string): string => `${day} ${time} ${utcOffset}`;

/** Public pages linked from posts; fixed, whatever server the papers were read from. */
export const hfPaperUrl = (id: string): string => `https://huggingface.co/papers/${id}`;
export const arxivAbsUrl = (id: string): string => `https://arxiv.org/abs/${id}`;

/** An entry's first line, `N. **Title** - 👍 upvotes`, and the prefixes of its sub-items. */
export const entryLine = (rank: number, title: string, upvotes: number): string => `${rank}. **${title}** - 👍 ${upvotes}`;
export const SUB_ITEM = '   - ';
export const ITEM = {
  institution: `${SUB_ITEM}기관: `,
  hf: `${SUB_ITEM}[HF 페이지](`,
  arxiv: `${SUB_ITEM}[논문 링크](`,
  abstract: `${SUB_ITEM}Abstract: `,
} as const;

// Reading posts back.
export const ENTRY_LINE = /^(\d+)\. \*\*(.+)\*\* - 👍 (\d+)$/;
/** The same line in an older post, whose thumbs-up may still be mojibake. */
export const GARBLED_ENTRY_LINE = /^(\d+)\. \*\*(.*)\*\* - \S+ (\d+)\s*$/;
/** The start and end of an entry line, for a title broken over lines. */
export const ENTRY_START = /^(\d+)\. \*\*/;
export const ENTRY_END = /\*\* - 👍 (\d+)$/;
export const INSTITUTION_LINE = /^ {3}- 기관: /;
export const HF_LINE = /^ {3}- \[HF 페이지\]\(https:\/\/huggingface\.co\/papers\/([^)\s]+)\)$/;
export const ARXIV_LINE = /^ {3}- \[논문 링크\]\(https:\/\/arxiv\.org\/abs\/([^)\s]+)\)$/;
/** Any of an entry's sub-items. */
export const ITEM_LINE = /^ {3}- (기관: |\[HF 페이지\]|\[논문 링크\]|Abstract: )/;
/** The HF link anywhere in a line, whatever its (possibly garbled) label. */
export const HF_URL = /\(https:\/\/huggingface\.co\/papers\/([^)\s]+)\)/;

// File names: hfdigest writes the plain ones; the old crawler also wrote `-<unix time>` before `.md`.
export const dailyPostName = (date: string): string => `${date}-daily-papers.md`;
export const monthlyPostName = (month: string): string => `${month}-01-monthly-papers-summary.md`;
/** A daily post's file name, either form; group 1 is its day. */
export const DAILY_POST_NAME = /^(\d{4}-\d{2}-\d{2})-daily-papers(?:-\d+)?\.md$/;
/** A monthly summary's file name, either form; group 1 is its month. */
export const MONTHLY_POST_NAME = /^(\d{4}-\d{2})-01-monthly-papers-summary(?:-\d+)?\.md$/;

/** The day a daily post is about, from its file name. */
export const dayOfPost = (fileName: string): string | undefined => DAILY_POST_NAME.exec(fileName)?.[1];
/** The month a monthly summary is about, from its file name. */
export const monthOfPost = (fileName: string): string | undefined => MONTHLY_POST_NAME.exec(fileName)?.[1];

/** Daily and monthly posts list numbered papers; other posts are free prose. */
export const listsPapers = (fileName: string): boolean => DAILY_POST_NAME.test(fileName) || MONTHLY_POST_NAME.test(fileName);
