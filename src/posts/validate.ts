import type matter from 'gray-matter';
import { readFrontMatter } from './front-matter.js';
import { z } from 'zod';
import { isJunkInstitution } from './institutions.js';
import {
  ARXIV_LINE,
  COUNT_LINE,
  countLine,
  DAILY_POST_NAME,
  dailyTitle,
  ENTRY_END,
  ENTRY_LINE,
  ENTRY_START,
  HF_LINE,
  INSTITUTION_LINE,
  ITEM,
  ITEM_LINE,
  MONTHLY_POST_NAME,
  monthlyHeading,
  monthlyTitle,
  RANKING_HEADING,
  STATISTICS,
  STATISTICS_HEADING,
  statisticPattern,
  TOP_HEADING,
  topHeading,
} from '../core/post-format.js';
import { brokenTitleEnd } from './titles.js';
import { issueLines } from '../core/issues-format.js';

/** A problem found in a post, at a 1-based line. */
export interface Problem {
  line: number;
  message: string;
}

const frontMatterSchema = z.looseObject({
  title: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?( [+-]\d{4})?)?$/, 'expected YYYY-MM-DD HH:MM:SS +HHMM'),
  categories: z.union([z.array(z.string()), z.string()]).optional(),
  tags: z.union([z.array(z.string()), z.string()]).optional(),
  author: z.string().optional(),
  permalink: z.string().optional(),
});

interface Entry {
  line: number;
  rank: number;
  upvotes: number;
  lines: Array<{ line: number; text: string }>;
}

function entriesOf(body: Array<{ line: number; text: string }>, problems: Problem[]): Entry[] {
  const entries: Entry[] = [];
  const texts = body.map((l) => l.text);
  for (let i = 0; i < body.length; i += 1) {
    const l = body[i]!;
    const m = ENTRY_LINE.exec(l.text);
    if (m) {
      entries.push({ line: l.line, rank: Number(m[1]), upvotes: Number(m[3]), lines: [] });
      continue;
    }
    const start = ENTRY_START.exec(l.text);
    if (start) {
      // A title broken over lines (the old crawler kept HF's embedded newlines).
      const end = brokenTitleEnd(texts, i);
      problems.push({
        line: l.line,
        message: end !== undefined ? 'the title is broken over several lines (run "hfdigest repair")' : 'entry line is not "N. **Title** - 👍 upvotes"',
      });
      const upvotes = end !== undefined ? Number(ENTRY_END.exec(texts[end]!)![1]) : 0;
      entries.push({ line: l.line, rank: Number(start[1]), upvotes, lines: [] });
      if (end !== undefined) i = end;
      continue;
    }
    if (l.text.startsWith('   ') && entries.length > 0) entries.at(-1)!.lines.push(l);
  }
  return entries;
}

/** `month`: the entries of that month's summary, whose arXiv link and abstract appear only when known. */
function checkEntries(entries: Entry[], problems: Problem[], month?: string): void {
  const monthly = month !== undefined;
  // A monthly post is rewritten from the data files, which never carry the card text over.
  const fix = monthly ? `hfdigest monthly --month ${month}` : 'hfdigest repair --institutions';
  entries.forEach((e, i) => {
    if (e.rank !== i + 1) problems.push({ line: e.line, message: `entry numbered ${e.rank}, expected ${i + 1}` });
    if (i > 0 && e.upvotes > entries[i - 1]!.upvotes) problems.push({ line: e.line, message: `👍 ${e.upvotes} ranks below 👍 ${entries[i - 1]!.upvotes}` });
    const hf = e.lines.find((l) => HF_LINE.test(l.text));
    const ax = e.lines.find((l) => ARXIV_LINE.test(l.text));
    if (!hf) problems.push({ line: e.line, message: 'entry has no "[HF 페이지](https://huggingface.co/papers/ID)" line' });
    if (!ax && !monthly) problems.push({ line: e.line, message: 'entry has no "[논문 링크](https://arxiv.org/abs/ID)" line' });
    if (hf && ax && HF_LINE.exec(hf.text)![1] !== ARXIV_LINE.exec(ax.text)![1])
      problems.push({ line: ax.line, message: 'the arXiv link names another paper than the HF link' });
    if (!monthly && !e.lines.some((l) => l.text.startsWith(ITEM.abstract))) problems.push({ line: e.line, message: 'entry has no "Abstract:" line' });
    const inst = e.lines.find((l) => INSTITUTION_LINE.test(l.text));
    if (inst && isJunkInstitution(inst.text.replace(INSTITUTION_LINE, ''))) {
      problems.push({ line: inst.line, message: `"${inst.text.trim()}" looks like the old crawler's junk (run "${fix}")` });
    }
    for (const l of e.lines) {
      if (!ITEM_LINE.test(l.text)) problems.push({ line: l.line, message: `unexpected line in an entry: "${l.text.trim().slice(0, 40)}"` });
    }
  });
}

const STATISTIC_LINES = [STATISTICS.papers, STATISTICS.likes, STATISTICS.average, STATISTICS.days].map((s) => [s.label, statisticPattern(s)] as const);

/** A monthly summary's statistics and its top list's heading, as the blog's old crawler wrote them. */
function checkMonthlyStatistics(body: Array<{ line: number; text: string }>, listed: number, problems: Problem[], at: number): void {
  if (!body.some((l) => l.text === STATISTICS_HEADING)) problems.push({ line: at, message: `no "${STATISTICS_HEADING}" heading` });
  const values = STATISTIC_LINES.map(([label, pattern]) => {
    const found = body.find((l) => pattern.test(l.text));
    if (!found) problems.push({ line: at, message: `no "- **${label}**: …" line` });
    return found && { line: found.line, value: Number(pattern.exec(found.text)![1]!.replaceAll(',', '')) };
  });
  const [papers, likes, average] = values;
  if (papers && papers.value < listed) problems.push({ line: papers.line, message: `says ${papers.value} papers, lists ${listed}` });
  // The average is rounded to two decimals: anything within half a hundredth of likes / papers is it
  // (0 likes over 0 papers is no number, and no problem).
  if (papers && likes && average && Math.abs(average.value - likes.value / papers.value) > 0.005 + 1e-9) {
    problems.push({ line: average.line, message: `the average ${average.value.toFixed(2)} is not ${likes.value} likes / ${papers.value} papers` });
  }
  const top = body.find((l) => TOP_HEADING.test(l.text));
  if (!top) problems.push({ line: at, message: `no "${topHeading('N')}" heading` });
  else if (listed > Number(TOP_HEADING.exec(top.text)![1])) problems.push({ line: top.line, message: `lists ${listed} papers under "${top.text.slice(3)}"` });
}

/** Checks a post: front matter for every post; headings, numbering and links for daily and monthly posts. */
export function validatePost(name: string, text: string): Problem[] {
  const problems: Problem[] = [];
  if (!text.startsWith('---\n')) return [{ line: 1, message: 'no front matter (expected a first line "---")' }];
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = readFrontMatter(text);
  } catch (err) {
    return [{ line: 1, message: `front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}` }];
  }
  const fm = frontMatterSchema.safeParse(parsed.data);
  if (!fm.success) for (const issue of issueLines(fm.error)) problems.push({ line: 1, message: `front matter ${issue}` });

  const lines = text.split('\n');
  const bodyStart = lines.indexOf('---', 1) + 1;
  const body = lines.slice(bodyStart).map((t, i) => ({ line: bodyStart + i + 1, text: t }));
  const title = typeof parsed.data.title === 'string' ? parsed.data.title : '';
  const daily = DAILY_POST_NAME.exec(name);
  const monthly = MONTHLY_POST_NAME.exec(name);
  if (!daily && !monthly) return problems;

  const heading = body.find((l) => l.text.startsWith('# '));
  if (!heading) problems.push({ line: bodyStart + 1, message: 'no "# " heading' });
  else if (daily && heading.text !== `# ${title}`)
    problems.push({ line: heading.line, message: `heading "${heading.text}" differs from the title "${title}"` });
  else if (monthly && heading.text !== monthlyHeading(monthly[1]!))
    problems.push({ line: heading.line, message: `heading should be "${monthlyHeading(monthly[1]!)}"` });
  if (daily && title !== dailyTitle(daily[1]!)) problems.push({ line: 2, message: `title should be "${dailyTitle(daily[1]!)}"` });
  if (monthly && title !== monthlyTitle(monthly[1]!)) problems.push({ line: 2, message: `title should be "${monthlyTitle(monthly[1]!)}"` });

  const entries = entriesOf(body, problems);
  if (daily) {
    const count = body.find((l) => COUNT_LINE.test(l.text));
    const said = count && Number(COUNT_LINE.exec(count.text)![1]);
    if (!count) problems.push({ line: bodyStart + 1, message: `no "${countLine('N')}" line` });
    else if (said !== entries.length) problems.push({ line: count.line, message: `says ${said} papers, lists ${entries.length}` });
    if (!body.some((l) => l.text === RANKING_HEADING)) problems.push({ line: bodyStart + 1, message: `no "${RANKING_HEADING}" heading` });
  } else checkMonthlyStatistics(body, entries.length, problems, bodyStart + 1);
  if (entries.length === 0) problems.push({ line: bodyStart + 1, message: 'no numbered papers' });
  checkEntries(entries, problems, monthly?.[1]);
  return problems.sort((a, b) => a.line - b.line);
}
