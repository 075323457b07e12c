import { ENTRY_START, HF_LINE, INSTITUTION_LINE } from './post-lines.js';
import { literalMarkdown } from './text.js';

/** What fixing a post's "기관" lines did. */
export interface InstitutionFix {
  text: string;
  changed: boolean;
  /** Ids listed in the post that the day's listing does not have: their lines are left as they are. */
  unknown: string[];
}

/**
 * Sets every entry's "기관" line to the paper's organization (`null`: no organization, no line), as the
 * old crawler's junk ("StepFun1.24k2", "·11 authors1") should have been.
 */
export function fixInstitutions(post: string, organizations: ReadonlyMap<string, string | null>): InstitutionFix {
  const lines = post.split('\n');
  const out: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    out.push(line);
    if (!ENTRY_START.test(line)) continue;
    // The entry's own lines: an optional 기관 line, then the HF link that names the paper.
    let j = i + 1;
    const institutionAt = INSTITUTION_LINE.test(lines[j] ?? '') ? j++ : -1;
    const id = HF_LINE.exec(lines[j] ?? '')?.[1];
    if (id === undefined || !organizations.has(id)) {
      if (id !== undefined) unknown.push(id);
      continue;
    }
    const org = organizations.get(id) ?? null;
    if (org !== null) out.push(`   - 기관: ${literalMarkdown(org)}`);
    i = institutionAt >= 0 ? institutionAt : i;
  }
  const text = out.join('\n');
  return { text, changed: text !== post, unknown };
}

/** The day a daily post is about, from its file name. */
export function dayOfPost(fileName: string): string | undefined {
  return /^(\d{4}-\d{2}-\d{2})-daily-papers(?:-\d+)?\.md$/.exec(fileName)?.[1];
}
