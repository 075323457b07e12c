import { describe, expect, it } from 'vitest';
import { collapse, decodeUtf8, literalMarkdown } from '../../src/core/text.js';

describe('collapse', () => {
  it('folds newlines, tabs and runs of spaces', () => {
    expect(collapse('  ThinkMorph: Emergent Properties in Multimodal Interleaved\n  Chain-of-Thought\tReasoning ')).toBe(
      'ThinkMorph: Emergent Properties in Multimodal Interleaved Chain-of-Thought Reasoning',
    );
  });

  it('folds every run of whitespace into one space, as /\\s+/ does, whatever the run is made of', () => {
    const pieces = [' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2003', '\u3000', 'a', '한', 'x y', ' \n '];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length;
    for (let n = 0; n < 5000; n += 1) {
      const text = Array.from({ length: 1 + (n % 12) }, () => pieces[next()]).join('');
      expect(collapse(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }
  });
});

describe('literalMarkdown', () => {
  it('leaves ordinary text, LaTeX and single braces as they are', () => {
    for (const s of [
      'Step 3.5 Flash: Open Frontier-Level Intelligence with 11B Active Parameters',
      'we introduce $\\textbf{GENIUS}$ ($\\textbf{GEN}$ Fluid) at 20-50\\% rates',
      'snake_case and x{y} and a < b and R&D',
      '기관: 서울대학교',
    ]) {
      expect(literalMarkdown(s)).toBe(s);
    }
  });

  it('neutralises Liquid so that Jekyll neither evaluates nor drops it', () => {
    expect(literalMarkdown('{{ site.title }} {% include x %} {% raw %}')).toBe('&#123;{ site.title }} &#123;% include x %} &#123;% raw %}');
  });

  it('neutralises raw HTML and entities', () => {
    expect(literalMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)> &amp;')).toBe(
      '&lt;script>alert(1)&lt;/script> &lt;img src=x onerror=alert(1)> &amp;amp;',
    );
  });

  it('escapes Markdown links, emphasis, code, tables and math', () => {
    expect(literalMarkdown('[x](javascript:alert(1)) **bold** _it_ `code` a|b $$x$$ back\\slash\\*')).toBe(
      '\\[x\\](javascript:alert(1)) \\*\\*bold\\*\\* \\_it\\_ \\`code\\` a\\|b \\$\\$x\\$\\$ back\\slash\\\\\\*',
    );
  });

  it('escapes an underscore at either end of the text, where no word goes on around it', () => {
    expect(literalMarkdown('_init and x_')).toBe('\\_init and x\\_');
  });

  it('keeps everything on one line, so --- or a newline cannot end the list or the front matter', () => {
    expect(literalMarkdown('a\n---\nb\n\n- c')).toBe('a --- b - c');
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8', () => {
    expect(decodeUtf8(new Uint8Array([0xea, 0xb8, 0xb0, 0xea, 0xb4, 0x80]))).toBe('기관');
  });

  it('is null for bytes that are not UTF-8, rather than a text with U+FFFD in it', () => {
    // "Café" in Latin-1: 0xE9 starts a three-byte sequence that never comes.
    expect(decodeUtf8(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBeNull();
  });

  it.each([
    ['an overlong form of "/"', [0xc0, 0xaf]],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf]],
    ['a surrogate half (CESU-8)', [0xed, 0xa0, 0x80]],
    ['a code point beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a lone continuation byte', [0x80]],
    ['a byte that is never UTF-8', [0xff]],
  ])('is null for %s', (_, bytes) => {
    expect(decodeUtf8(Uint8Array.from(bytes))).toBeNull();
  });

  it('decodes a character beyond the BMP and keeps U+FFFD that was in the text', () => {
    expect(decodeUtf8(Uint8Array.from([0xf0, 0x9f, 0x91, 0x8d]))).toBe('👍');
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbf, 0xbd]))).toBe('\ufffd');
  });
});
