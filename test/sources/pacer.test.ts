import { describe, expect, it } from 'vitest';
import { createPacer } from '../../src/sources/pacer.js';
import { createRateGate, parseRateLimit } from '../../src/sources/rate-limit.js';

describe('createPacer', () => {
  it('runs one task at a time, each starting an interval after the previous one ended', async () => {
    let clock = 0;
    const waits: number[] = [];
    const pace = createPacer(
      3000,
      () => clock,
      async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    );
    const log: string[] = [];
    let running = 0;
    const task = (name: string, ms: number) => async () => {
      running += 1;
      expect(running).toBe(1);
      log.push(`${name}@${clock}`);
      clock += ms;
      await Promise.resolve();
      running -= 1;
      return name;
    };
    expect(await Promise.all([pace(task('a', 500)), pace(task('b', 100)), pace(task('c', 0))])).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a@0', 'b@3500', 'c@6600']);
    expect(waits).toEqual([3000, 3000]);
  });

  it('keeps pacing after a task fails', async () => {
    let clock = 0;
    const pace = createPacer(
      1000,
      () => clock,
      async (ms) => void (clock += ms),
    );
    await expect(pace(async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await pace(async () => expect(clock).toBe(1000));
  });
});

describe('parseRateLimit', () => {
  it.each([
    ['"api";r=0;t=120', { remaining: 0, resetSeconds: 120 }],
    ['"api";r=499;t=283', { remaining: 499, resetSeconds: 283 }],
    [['"api";r=3;t=9'], { remaining: 3, resetSeconds: 9 }],
    ['garbage', undefined],
    [undefined, undefined],
  ])('%j', (header, state) => expect(parseRateLimit(header)).toEqual(state));
});

describe('createRateGate', () => {
  it('waits for the reset only once the quota is spent', async () => {
    const waits: number[] = [];
    const gate = createRateGate(60_000, async (ms) => void waits.push(ms));
    gate.after({ ratelimit: '"api";r=5;t=100' });
    await gate.before();
    expect(waits).toEqual([]);
    gate.after({ ratelimit: '"api";r=0;t=2' });
    await gate.before();
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(1900);
    expect(waits[0]).toBeLessThanOrEqual(2000);
  });
});

describe('createRateGate window', () => {
  it('waits once the quota of the window is used up', async () => {
    const waits: number[] = [];
    const gate = createRateGate(60_000, async (ms) => void waits.push(ms), { requests: 3, ms: 10_000 });
    for (let i = 0; i < 3; i += 1) await gate.before();
    expect(waits).toEqual([]);
    await gate.before();
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(9_000);
  });
});
