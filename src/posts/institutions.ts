import { ENTRY_START, HF_LINE, INSTITUTION_LINE, ITEM } from '../core/post-format.js';
import { literalMarkdown } from '../core/text.js';

// The old crawler read the paper card's text: the organization's name glued to the GitHub stars
// (compact: "1.24k") and the comment count, as in "StepFun1.24k2" or "Peking University131", and
// "·11 authors1" (or "·8 authors") when the paper had no organization.
const AUTHOR_COUNT = /·\s*\d+ authors/;
const COUNT_GLUED = /[\p{L})_]\d+$|\dk$/u;
// Organizations whose real name ends in digits look just like a name with a count glued on; these
// are known to Hugging Face by such a name. `repair --institutions` lists any other it meets among
// the lines it cannot fix.
const NAMES_ENDING_IN_DIGITS = new Set(['ai2', 'llm360']);

/** Whether a "기관" value is the old crawler's junk rather than an organization's name. */
export function isJunkInstitution(value: string): boolean {
  const v = value.trim();
  if (NAMES_ENDING_IN_DIGITS.has(v.toLowerCase())) return false;
  return AUTHOR_COUNT.test(v) || COUNT_GLUED.test(v);
}

/** A "기관" line of a post: its 0-based index, its value, and the paper its entry links to. */
export interface InstitutionLine {
  index: number;
  value: string;
  /** Undefined when the entry has no "[HF 페이지](…/papers/ID)" line. */
  id: string | undefined;
}

/** The "기관" lines of every entry (an entry runs from its `N. **` line to the next blank line). */
export function institutionLines(lines: readonly string[]): InstitutionLine[] {
  const found: InstitutionLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!ENTRY_START.test(lines[i]!)) continue;
    let institution: number | undefined;
    let id: string | undefined;
    let j = i + 1;
    for (; j < lines.length && lines[j]!.trim() !== '' && !ENTRY_START.test(lines[j]!); j += 1) {
      if (institution === undefined && INSTITUTION_LINE.test(lines[j]!)) institution = j;
      id ??= HF_LINE.exec(lines[j]!)?.[1];
    }
    if (institution !== undefined) found.push({ index: institution, value: lines[institution]!.replace(INSTITUTION_LINE, ''), id });
    i = j - 1;
  }
  return found;
}

/** The junk "기관" lines of a post. */
export const junkInstitutionLines = (post: string): InstitutionLine[] => institutionLines(post.split('\n')).filter((l) => isJunkInstitution(l.value));

/** What fixing a post's junk "기관" lines did. */
export interface InstitutionFix {
  text: string;
  /** Lines given the paper's organization. */
  set: number;
  /** Lines removed: Hugging Face has no organization for the paper. */
  removed: number;
}

/**
 * Gives each junk "기관" line whose paper is in `organizations` that paper's organization, or removes
 * the line when it has none (`null`); every other line is left as it is.
 */
export function fixInstitutions(post: string, organizations: ReadonlyMap<string, string | null>): InstitutionFix {
  const lines = post.split('\n');
  const replace = new Map<number, string | null>();
  for (const junk of institutionLines(lines).filter((l) => isJunkInstitution(l.value))) {
    if (junk.id === undefined || !organizations.has(junk.id)) continue;
    const org = organizations.get(junk.id) ?? null;
    replace.set(junk.index, org === null ? null : ITEM.institution + literalMarkdown(org));
  }
  const out = lines.flatMap((line, i) => {
    const next = replace.get(i);
    return next === undefined ? [line] : next === null ? [] : [next];
  });
  const removed = [...replace.values()].filter((v) => v === null).length;
  return { text: out.join('\n'), set: replace.size - removed, removed };
}
