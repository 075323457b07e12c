import { fixInstitutions, junkInstitutionLines } from './institutions.js';
import { resolveOrganizations, type PaperSource, type Resolution, type Wanted } from './institution-lookup.js';
import { dayOfPost } from '../core/post-format.js';

/** A junk "기관" line repair could not fix, and why. */
export interface LeftLine {
  /** 1-based, in the repaired text. */
  line: number;
  id: string | null;
  value: string;
  reason: string;
}

/** One post's "기관" lines after the repair. */
export interface PostInstitutions {
  text: string;
  set: number;
  removed: number;
  left: LeftLine[];
}

/** Why a junk line is still there after its lookup. */
function whyLeft(id: string | undefined, resolution: Resolution | undefined, value: string): string {
  if (id === undefined) return 'the entry has no "[HF 페이지](…/papers/ID)" line, so the paper is not known';
  if (resolution === undefined) return `paper ${id} was not looked up`;
  if (resolution.status !== 'found') return resolution.reason;
  return `Hugging Face's own name for the organization of ${id}, "${value}", ends in digits like the old crawler's junk`;
}

/**
 * Sets the junk "기관" lines of `posts` (file name and text) from `source`, all posts' papers looked up
 * together; `failed` when some paper could not be looked up because Hugging Face failed.
 */
export async function repairInstitutions(
  posts: ReadonlyArray<{ name: string; text: string }>,
  source: PaperSource,
  warn: (message: string) => void,
): Promise<{ posts: PostInstitutions[]; failed: boolean }> {
  const wanted: Wanted[] = [];
  for (const post of posts) {
    const day = dayOfPost(post.name);
    for (const junk of junkInstitutionLines(post.text)) if (junk.id !== undefined) wanted.push({ id: junk.id, ...(day ? { day } : {}) });
  }
  const resolved = await resolveOrganizations(wanted, source, warn);
  const organizations = new Map<string, string | null>();
  for (const [id, r] of resolved) if (r.status === 'found') organizations.set(id, r.organization);
  const fixed = posts.map((post) => {
    const fix = fixInstitutions(post.text, organizations);
    const left = junkInstitutionLines(fix.text).map((l) => ({
      line: l.index + 1,
      id: l.id ?? null,
      value: l.value,
      reason: whyLeft(l.id, l.id === undefined ? undefined : resolved.get(l.id), l.value),
    }));
    return { text: fix.text, set: fix.set, removed: fix.removed, left };
  });
  return { posts: fixed, failed: [...resolved.values()].some((r) => r.status === 'failed') };
}
