import { GARBLED_ENTRY_LINE, HF_URL } from '../core/post-format.js';

/** A paper as listed in a post. */
export interface ListedPaper {
  rank: number;
  id: string;
  title: string;
  upvotes: number;
}

/** Reads the ranked papers out of a daily post's text. */
export function readListedPapers(post: string): ListedPaper[] {
  const out: ListedPaper[] = [];
  let pending: Omit<ListedPaper, 'id'> | undefined;
  for (const line of post.split('\n')) {
    const entry = GARBLED_ENTRY_LINE.exec(line);
    if (entry) {
      pending = { rank: Number(entry[1]), title: entry[2] ?? '', upvotes: Number(entry[3]) };
      continue;
    }
    const link = pending && HF_URL.exec(line);
    if (pending && link?.[1]) {
      out.push({ ...pending, id: link[1] });
      pending = undefined;
    }
  }
  return out;
}

/** What would change between two listings, one line per change, for a person to read. */
export function describeChanges(before: readonly ListedPaper[], after: readonly ListedPaper[]): string[] {
  const old = new Map(before.map((p) => [p.id, p]));
  const now = new Set(after.map((p) => p.id));
  const lines: string[] = [];
  for (const p of after) {
    const was = old.get(p.id);
    if (!was) {
      lines.push(`new      #${p.rank} ${p.id} (👍 ${p.upvotes}) ${p.title}`);
      continue;
    }
    if (was.rank !== p.rank) lines.push(`moved    #${was.rank} → #${p.rank} ${p.id} ${p.title}`);
    if (was.upvotes !== p.upvotes) lines.push(`upvotes  ${was.upvotes} → ${p.upvotes} ${p.id} ${p.title}`);
  }
  for (const p of before) if (!now.has(p.id)) lines.push(`removed  #${p.rank} ${p.id} (👍 ${p.upvotes}) ${p.title}`);
  return lines;
}
