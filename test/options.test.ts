import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE } from '../src/config.js';
import { parseConfig } from '../src/config-file.js';
import { defaultCacheDir, resolveOptions } from '../src/options.js';

const now = new Date('2026-02-12T12:00:00Z');

describe('resolveOptions', () => {
  it('has defaults that reproduce the existing posts', () => {
    const opts = resolveOptions({}, { HOME: '/home/u' }, {}, now);
    expect(opts).toEqual({
      date: '2026-02-12', top: 10, postsDir: '_posts', dataDir: '_data/papers', cacheDir: '/home/u/.cache/hfdigest',
      dryRun: false, hfUrl: 'https://huggingface.co', arxivUrl: 'https://export.arxiv.org', timeoutMs: 30_000, arxivIntervalMs: 3000,
      style: DEFAULT_STYLE,
    });
  });

  it('takes a flag over the environment, and the environment over the default', () => {
    const env = { HFDIGEST_HF_URL: 'http://127.0.0.1:9/', HFDIGEST_ARXIV_URL: 'http://127.0.0.1:8' };
    expect(resolveOptions({}, env, {}, now)).toMatchObject({ hfUrl: 'http://127.0.0.1:9', arxivUrl: 'http://127.0.0.1:8' });
    expect(resolveOptions({ hfUrl: 'http://localhost:1' }, env, {}, now).hfUrl).toBe('http://localhost:1');
  });

  it('takes --top over the config file', () => {
    expect(resolveOptions({}, {}, { top: 5 }, now).top).toBe(5);
    expect(resolveOptions({ top: '3' }, {}, { top: 5 }, now).top).toBe(3);
  });

  it('keeps HF_TOKEN and --no-cache', () => {
    const opts = resolveOptions({ cache: false }, { HF_TOKEN: 'hf_x' }, {}, now);
    expect(opts.hfToken).toBe('hf_x');
    expect(opts.cacheDir).toBeNull();
  });

  it.each([
    [{ top: '0' }, /--top "0" is not valid: expected a whole number from 1 to 100/],
    [{ top: '-3' }, /--top "-3"/],
    [{ top: 'abc' }, /--top "abc"/],
    [{ top: '2.5' }, /--top "2.5"/],
    [{ hfUrl: 'not a url' }, /--hf-url "not a url" is not a URL/],
    [{ arxivUrl: 'ftp://x' }, /--arxiv-url "ftp:\/\/x" must be an http/],
    [{ timeoutMs: '5s' }, /--timeout-ms "5s"/],
    [{ date: '2026-13-01' }, /invalid date/],
  ])('rejects %j', (flags, message) => {
    expect(() => resolveOptions(flags, {}, {}, now)).toThrow(message);
  });
});

describe('defaultCacheDir', () => {
  it('follows HFDIGEST_CACHE_DIR, then XDG_CACHE_HOME, then ~/.cache', () => {
    expect(defaultCacheDir({ HFDIGEST_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/c');
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
