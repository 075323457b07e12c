import { describe, expect, it } from 'vitest';
import { resolveLine } from '../../src/repair/gaps.js';
import type { Korean } from '../../src/repair/korean.js';

/** A model that knows 가 as a particle right after a word, and 나 as a word of its own. */
const model: Korean = {
  known: (word, context) => (word === '가' ? Number(context?.attached === true) : word === '나' ? Number(context?.attached !== true) : 0),
  logProb: () => 0,
  textCost: () => 0,
  frequency: () => 0,
  across: () => 0,
  against: () => 0,
};

describe('resolveLine', () => {
  it('decides a word after a quote by whether the quote closes a word, even when the same word was decided before', () => {
    const gap = ['가', '나'];
    expect(resolveLine(['x', "'", gap], model).text).toBe("x'가");
    expect(resolveLine([' ', "'", gap], model).text).toBe(" '나");
    expect(resolveLine(['y', "'", gap], model).text).toBe("y'가");
  });
});
