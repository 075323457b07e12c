import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE } from '../../src/core/config.js';
import { parseConfig } from '../../src/core/config-file.js';
import { UsageError } from '../../src/core/errors.js';
import { baseUrl, defaultCacheDir, FLAG_DEFAULTS, resolveBackfillOptions, resolveOptions, wholeNumber } from '../../src/core/options.js';

const now = new Date('2026-02-12T12:00:00Z');

const flags = { ...FLAG_DEFAULTS };

/** What fetch and backfill take when no flag, variable or config says otherwise (HOME=/home/u). */
const DEFAULTS = {
  top: 10,
  postsDir: '_posts',
  dataDir: '_data/papers',
  cacheDir: '/home/u/.cache/hfdigest',
  dryRun: false,
  hfUrl: 'https://huggingface.co',
  arxivUrl: 'https://export.arxiv.org',
  timeoutMs: 30_000,
  arxivIntervalMs: 3000,
  style: DEFAULT_STYLE,
};

describe('resolveOptions', () => {
  it('has defaults that reproduce the existing posts', () => {
    const opts = resolveOptions(flags, { HOME: '/home/u' }, {}, now);
    expect(opts).toEqual({ ...DEFAULTS, date: '2026-02-12' });
  });

  it('takes --top over the config file, and the config file over the default', () => {
    expect(resolveOptions(flags, {}, { top: 5 }, now).top).toBe(5);
    expect(resolveOptions({ ...flags, top: 3 }, {}, { top: 5 }, now).top).toBe(3);
  });

  it('keeps HF_TOKEN and --no-cache', () => {
    const opts = resolveOptions({ ...flags, cache: false }, { HF_TOKEN: 'hf_x' }, {}, now);
    expect(opts.hfToken).toBe('hf_x');
    expect(opts.cacheDir).toBeNull();
  });

  it('trims HF_TOKEN, and drops one that is only whitespace', () => {
    expect(resolveOptions(flags, { HF_TOKEN: ' hf_x\n' }, {}, now).hfToken).toBe('hf_x');
    expect(resolveOptions(flags, { HF_TOKEN: '  ' }, {}, now)).not.toHaveProperty('hfToken');
  });

  it('takes --dry-run and --cache-dir', () => {
    const opts = resolveOptions({ ...flags, dryRun: true, cacheDir: '/tmp/c' }, {}, {}, now);
    expect(opts).toMatchObject({ dryRun: true, cacheDir: '/tmp/c' });
  });

  it('rejects an impossible date', () => {
    expect(() => resolveOptions({ ...flags, date: '2026-13-01' }, {}, {}, now)).toThrow(/invalid date/);
  });
});

describe('resolveBackfillOptions', () => {
  const backfill = { ...flags, concurrency: 4 };

  it('resolves --from and --to as days, with the rest as for fetch', () => {
    const opts = resolveBackfillOptions({ ...backfill, from: '2026-01-30', to: 'yesterday', concurrency: 2 }, { HOME: '/home/u' }, {}, now);
    expect(opts).toEqual({ ...DEFAULTS, date: '2026-02-11', from: '2026-01-30', to: '2026-02-11', concurrency: 2, json: false });
    expect(resolveBackfillOptions({ ...backfill, from: '2026-02-12', to: '2026-02-12', json: true }, {}, {}, now)).toMatchObject({ json: true });
  });

  it.each([
    [{ to: '2026-02-12' }, 'backfill needs --from YYYY-MM-DD and --to YYYY-MM-DD'],
    [{ from: '2026-02-01' }, 'backfill needs --from YYYY-MM-DD and --to YYYY-MM-DD'],
    [{ from: '2026-02-12', to: '2026-02-11' }, '--from 2026-02-12 is after --to 2026-02-11: expected from ≤ to'],
    [{ from: '2000-01-01', to: '2026-02-12' }, 'the range has 9540 days: expected at most 3660'],
  ])('refuses %j', (range, message) => {
    expect(() => resolveBackfillOptions({ ...backfill, ...range }, {}, {}, now)).toThrow(new UsageError(message));
  });

  it('takes a range of ten years of days, 3660, and not one more', () => {
    // 2016-02-12 to 2026-02-12 is ten times 365 days, three of them leap years (2016, 2020, 2024), and one: 3654.
    expect(resolveBackfillOptions({ ...backfill, from: '2016-02-06', to: '2026-02-12' }, {}, {}, now).from).toBe('2016-02-06');
    expect(() => resolveBackfillOptions({ ...backfill, from: '2016-02-05', to: '2026-02-12' }, {}, {}, now)).toThrow(
      new UsageError('the range has 3661 days: expected at most 3660'),
    );
  });
});

describe('wholeNumber', () => {
  it('takes a whole number within its bounds', () => {
    expect(wholeNumber(1, 100)(' 7 ')).toBe(7);
    expect(wholeNumber(1, 100)('1')).toBe(1);
    expect(wholeNumber(1, 100)('100')).toBe(100);
  });
  it.each(['0', '101', '-3', 'abc', '2.5', '', '1e2'])('refuses %j', (value) => {
    expect(() => wholeNumber(1, 100)(value)).toThrow(new InvalidArgumentError('expected a whole number from 1 to 100'));
  });
});

describe('baseUrl', () => {
  it('drops trailing slashes', () => expect(baseUrl('http://127.0.0.1:9//')).toBe('http://127.0.0.1:9'));
  it('takes https', () => expect(baseUrl('https://huggingface.co/')).toBe('https://huggingface.co'));
  it.each([
    ['not a url', /not a URL/],
    ['ftp://x', /http:\/\/ or https:\/\//],
  ])('refuses %j', (value, message) => expect(() => baseUrl(value)).toThrow(message));
});

describe('defaultCacheDir', () => {
  it('follows XDG_CACHE_HOME, then ~/.cache', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/x/hfdigest');
    expect(defaultCacheDir({ HOME: '/h' })).toBe('/h/.cache/hfdigest');
  });
  it('falls back to .cache in the working folder without a home', () => {
    expect(defaultCacheDir({})).toBe('.cache/hfdigest');
  });
});

describe('parseConfig', () => {
  it('accepts every documented key', () => {
    const text = JSON.stringify({ author: 'kim', categories: ['A'], tags: ['t'], postTime: '07:30:00', utcOffset: '-0500', top: 20, permalink: '/d/{date}/' });
    expect(parseConfig(text, 'c.json')).toMatchObject({ author: 'kim', top: 20 });
  });

  it.each([
    ['{', /config file c\.json is not valid JSON/],
    ['{"top": "ten"}', /config file c\.json: top: /],
    ['{"postTime": "9:15"}', /postTime: expected HH:MM:SS/],
    ['{"categories": "Daily"}', /categories: /],
    ['{"autor": "kim"}', /Unrecognized key.*autor/],
  ])('rejects %s with path: message', (text, message) => {
    expect(() => parseConfig(text, 'c.json')).toThrow(message);
  });
});
