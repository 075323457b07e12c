import { describe, expect, it } from 'vitest';
import { dayCount, daysBetween, resolveDate, resolveMonth } from '../../src/core/dates.js';
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
    [' yesterday\n', '2026-02-11'],
    ['1000-01-01', '1000-01-01'],
  ])('%s → %s', (input, day) => expect(resolveDate(input, now)).toBe(day));

  it.each([
    ['2026-02-30', /no such day/],
    ['2025-02-29', /no such day/],
    ['12/02/2026', /expected YYYY-MM-DD/],
    ['', /expected YYYY-MM-DD/],
    ['2026-2-1', /expected YYYY-MM-DD/],
    ['2026-02-13', /in the future/],
    ['0999-12-31', /no such day/],
  ])('rejects %j', (input, message) => {
    expect(() => resolveDate(input, now)).toThrow(UsageError);
    expect(() => resolveDate(input, now)).toThrow(message);
  });

  it.each(['12/02/2026', 'x2026-02-12', '2026-02-12x'])('names %j in the message and only the expected forms', (input) => {
    expect(() => resolveDate(input, now)).toThrow(new UsageError(`invalid date "${input}": expected YYYY-MM-DD, "today" or "yesterday"`));
  });

  it('crosses month and year ends for yesterday', () => {
    expect(resolveDate('yesterday', new Date('2026-01-01T05:00:00Z'))).toBe('2025-12-31');
  });
});

describe('dayCount and daysBetween', () => {
  it('count both ends', () => {
    expect(dayCount('2026-02-12', '2026-02-12')).toBe(1);
    expect(dayCount('2024-02-28', '2024-03-01')).toBe(3);
    expect(dayCount('2025-01-01', '2025-12-31')).toBe(365);
  });

  it('list every day across a month and a year end', () => {
    expect(daysBetween('2025-12-30', '2026-01-02')).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
    expect(daysBetween('2026-02-12', '2026-02-12')).toEqual(['2026-02-12']);
  });

  it('list nothing for a range that ends before it starts', () => {
    expect(daysBetween('2026-02-12', '2026-02-11')).toEqual([]);
  });
});

describe('resolveMonth', () => {
  const now = new Date('2026-01-01T02:00:00Z');
  it('takes --month YYYY-MM up to the current month (UTC), or "previous"', () => {
    expect(resolveMonth('previous', now)).toBe('2025-12');
    expect(resolveMonth('2026-01', now)).toBe('2026-01');
    expect(resolveMonth('2025-10', now)).toBe('2025-10');
    expect(() => resolveMonth('2026-02', now)).toThrow(/invalid month "2026-02": it is in the future/);
  });
  it.each(['2026-1', '2025-13', '2025-00', '25-01', '12025-01', '2025-01x', 'x2025-01', '2025/01', ''])('refuses %j', (value) => {
    expect(() => resolveMonth(value, now)).toThrow(new UsageError(`invalid month "${value}": expected YYYY-MM or "previous"`));
  });
  it('says what is missing when no month is given', () => {
    expect(() => resolveMonth(undefined, now)).toThrow(new UsageError('invalid month "": expected YYYY-MM or "previous"'));
  });
});
