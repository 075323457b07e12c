import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../src/core/dates.js';
import { UsageError } from '../../src/core/errors.js';

// 2026-02-12 00:30 UTC is already 09:30 in Seoul and still 2026-02-11 in California: the day is UTC's.
const now = new Date('2026-02-12T00:30:00Z');

describe('resolveDate', () => {
  it.each([
    [undefined, '2026-02-12'],
    ['today', '2026-02-12'],
    ['yesterday', '2026-02-11'],
    ['2026-02-12', '2026-02-12'],
    ['2024-02-29', '2024-02-29'],
  ])('%s → %s', (input, day) => expect(resolveDate(input, now)).toBe(day));

  it.each([
    ['2026-02-30', /no such day/],
    ['2025-02-29', /no such day/],
    ['12/02/2026', /expected YYYY-MM-DD/],
    ['', /expected YYYY-MM-DD/],
    ['2026-2-1', /expected YYYY-MM-DD/],
    ['2026-02-13', /in the future/],
  ])('rejects %j', (input, message) => {
    expect(() => resolveDate(input, now)).toThrow(UsageError);
    expect(() => resolveDate(input, now)).toThrow(message);
  });

  it('crosses month and year ends for yesterday', () => {
    expect(resolveDate('yesterday', new Date('2026-01-01T05:00:00Z'))).toBe('2025-12-31');
  });
});
