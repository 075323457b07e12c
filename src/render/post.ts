import type { PostStyle } from '../core/config.js';
import type { Digest, DigestEntry } from '../digest/digest.js';
import { arxivAbsUrl, countLine, dailyTitle, entryLine, hfPaperUrl, ITEM, postDate, RANKING_HEADING } from '../core/post-format.js';
import { literalMarkdown } from '../core/text.js';
import { renderFrontMatter } from './front-matter.js';

function permalinkFor(template: string, date: string): string {
  const [year = '', month = '', day = ''] = date.split('-');
  return template.replaceAll('{date}', date).replaceAll('{year}', year).replaceAll('{month}', month).replaceAll('{day}', day);
}

/** The daily post's front matter, as the blog's posts have it. */
export function dailyFrontMatter(title: string, date: string, style: PostStyle): string {
  return renderFrontMatter({
    title,
    date: postDate(date, style.postTime, style.utcOffset),
    categories: style.categories,
    tags: style.tags,
    author: style.author,
    ...(style.permalink ? { permalink: permalinkFor(style.permalink, date) } : {}),
  });
}

/** What one numbered paper shows; a monthly summary's papers may have no paper link or abstract. */
export interface EntryView {
  rank: number;
  id: string;
  title: string;
  upvotes: number;
  institution?: string | undefined;
  paperLink?: string | undefined;
  abstract?: string | undefined;
}

/** One numbered paper, in the existing posts' line-for-line format, with a blank line after it. */
export function renderEntry(e: EntryView): string {
  const lines = [entryLine(e.rank, literalMarkdown(e.title), e.upvotes)];
  if (e.institution) lines.push(`${ITEM.institution}${literalMarkdown(e.institution)}`);
  lines.push(`${ITEM.hf}${hfPaperUrl(e.id)})`);
  if (e.paperLink) lines.push(`${ITEM.arxiv}${e.paperLink})`);
  if (e.abstract !== undefined) lines.push(`${ITEM.abstract}${literalMarkdown(e.abstract)}`);
  return `${lines.join('\n')}\n\n`;
}

const dailyEntry = (e: DigestEntry): string => renderEntry({ ...e, paperLink: arxivAbsUrl(e.id) });

/** The whole daily post. */
export function renderPost(digest: Digest, style: PostStyle): string {
  const title = dailyTitle(digest.date);
  return (
    `${dailyFrontMatter(title, digest.date, style)}\n` +
    `# ${title}\n\n` +
    `${countLine(digest.entries.length)}\n\n` +
    `${RANKING_HEADING}\n\n` +
    digest.entries.map(dailyEntry).join('')
  );
}
