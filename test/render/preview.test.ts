import { describe, expect, it } from 'vitest';
import { palette, wantsColor } from '../../src/render/preview.js';

describe('wantsColor', () => {
  it.each([
    [undefined, {}, true],
    [false, {}, false],
    [undefined, { NO_COLOR: '1' }, false],
    [undefined, { NO_COLOR: '' }, true],
    [undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }, true],
    [undefined, { FORCE_COLOR: '0' }, true],
    [undefined, { NO_COLOR: '1', FORCE_COLOR: '0' }, false],
    [false, { FORCE_COLOR: '1' }, false],
  ])('flag %s, env %j → %s', (flag, env, expected) => expect(wantsColor(flag, env)).toBe(expected));
});

describe('palette', () => {
  it('wraps in ANSI styles only when asked', () => {
    expect(palette(true).bold('x')).toBe('\x1b[1mx\x1b[22m');
    expect(palette(false).bold('x')).toBe('x');
  });
});
