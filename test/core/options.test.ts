import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE } from '../../src/core/config.js';
import { parseConfig } from '../../src/core/config-file.js';
import { baseUrl, defaultCacheDir, FLAG_DEFAULTS, resolveOptions, wholeNumber } from '../../src/core/options.js';

const now = new Date('2026-02-12T12:00:00Z');

const flags = { ...FLAG_DEFAULTS };

describe('resolveOptions', () => {
  it('has defaults that reproduce the existing posts', () => {
    const opts = resolveOptions(flags, { HOME: '/home/u' }, {}, now);
    expect(opts).toEqual({
      date: '2026-02-12',
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
    });
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

  it('rejects an impossible date', () => {
    expect(() => resolveOptions({ ...flags, date: '2026-13-01' }, {}, {}, now)).toThrow(/invalid date/);
  });
});

describe('wholeNumber', () => {
  it('takes a whole number within its bounds', () => {
    expect(wholeNumber(1, 100)(' 7 ')).toBe(7);
    expect(wholeNumber(1, 100)('100')).toBe(100);
  });
  it.each(['0', '101', '-3', 'abc', '2.5', '', '1e2'])('refuses %j', (value) => {
    expect(() => wholeNumber(1, 100)(value)).toThrow(new InvalidArgumentError('expected a whole number from 1 to 100'));
  });
});

describe('baseUrl', () => {
  it('drops trailing slashes', () => expect(baseUrl('http://127.0.0.1:9//')).toBe('http://127.0.0.1:9'));
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
