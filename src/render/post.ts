import type { PostStyle } from '../core/config.js';
import type { Digest, DigestEntry } from '../digest/digest.js';
import { arxivAbsUrl, hfPaperUrl } from '../digest/paper.js';
import { literalMarkdown } from '../core/text.js';
import { renderFrontMatter } from './front-matter.js';

/** The title both the front matter and the heading carry. */
export const postTitle = (date: string): string => `Hugging Face Daily Papers - ${date}`;

function permalinkFor(template: string, date: string): string {
  const [year = '', month = '', day = ''] = date.split('-');
  return template.replaceAll('{date}', date).replaceAll('{year}', year).replaceAll('{month}', month).replaceAll('{day}', day);
}

/** The daily post's front matter, as the blog's posts have it. */
export function dailyFrontMatter(title: string, date: string, style: PostStyle): string {
  return renderFrontMatter({
    title,
    date: `${date} ${style.postTime} ${style.utcOffset}`,
    categories: style.categories,
    tags: style.tags,
    author: style.author,
    ...(style.permalink ? { permalink: permalinkFor(style.permalink, date) } : {}),
  });
}

/** What one numbered paper shows. */
export type EntryView = Pick<DigestEntry, 'rank' | 'id' | 'title' | 'upvotes' | 'institution' | 'abstract'>;

/** One numbered paper, in the existing posts' line-for-line format, with a blank line after it. */
export function renderEntry(e: EntryView): string {
  const lines = [`${e.rank}. **${literalMarkdown(e.title)}** - 👍 ${e.upvotes}`];
  if (e.institution) lines.push(`   - 기관: ${literalMarkdown(e.institution)}`);
  lines.push(`   - [HF 페이지](${hfPaperUrl(e.id)})`, `   - [논문 링크](${arxivAbsUrl(e.id)})`, `   - Abstract: ${literalMarkdown(e.abstract)}`);
  return `${lines.join('\n')}\n\n`;
}

/** The whole daily post. */
export function renderPost(digest: Digest, style: PostStyle): string {
  const title = postTitle(digest.date);
  return (
    `${dailyFrontMatter(title, digest.date, style)}\n` +
    `# ${title}\n\n` +
    `총 **${digest.entries.length}개**의 논문이 수집되었습니다.\n\n` +
    `## 📊 좋아요 순위\n\n` +
    digest.entries.map(renderEntry).join('')
  );
}
