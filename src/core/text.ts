import { isUtf8 } from 'node:buffer';

/** Trims and folds every run of whitespace (newlines included) into one space. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Characters that make kramdown (Jekyll's Markdown) create emphasis, code, links, tables or math.
const MARKDOWN_SPECIAL = /[*`[\]|]|\$\$|\\(?=[\\`*_{}[\]()#+\-.!:|"'$<>=])/g;

/**
 * Makes upstream text (titles, abstracts, institutions) literal in a Jekyll post, while leaving
 * ordinary text as it is: Liquid tags and raw HTML are neutralised with entities (Liquid runs before
 * Markdown, so a backslash would not stop it), Markdown syntax with backslashes.
 */
export function literalMarkdown(text: string): string {
  return collapse(text)
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/\{(?=[{%:])/g, '&#123;')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(MARKDOWN_SPECIAL, (m) => (m === '$$' ? '\\$\\$' : `\\${m}`))
    .replace(/_/g, (m, offset: number, s: string) => (/[\p{L}\p{N}]/u.test(s[offset - 1] ?? '') && /[\p{L}\p{N}]/u.test(s[offset + 1] ?? '') ? m : '\\_'));
}

const utf8 = new TextDecoder();

/** The bytes as UTF-8, or null when they are not valid UTF-8 (overlong, surrogate, beyond U+10FFFF, cut). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? utf8.decode(bytes) : null;
}
