import { describe, expect, it } from 'vitest';
import { primeWhilePending, whilePending } from '../src/warm-up.js';

const turns = (n: number) => Array.from({ length: n }).reduce<Promise<void>>((p) => p.then(() => new Promise((r) => setImmediate(r))), Promise.resolve());

describe('whilePending', () => {
  it('runs a round per turn of the event loop until the promise settles', async () => {
    let rounds = 0;
    const pending = turns(3);
    await whilePending(pending, () => (rounds += 1), 100);
    expect(rounds).toBeGreaterThan(0);
    expect(rounds).toBeLessThan(4);
  });

  it('runs no round once the promise has settled', async () => {
    let rounds = 0;
    const settled = Promise.resolve();
    await settled;
    await whilePending(settled, () => (rounds += 1), 100);
    expect(rounds).toBe(0);
  });

  it('stops at its number of rounds', async () => {
    let rounds = 0;
    const never = new Promise<void>(() => undefined);
    await whilePending(never, () => (rounds += 1), 5);
    expect(rounds).toBe(5);
  });

  it('stops on a rejection, and leaves the rejection to whoever awaits the promise', async () => {
    let rounds = 0;
    const failing = turns(2).then(() => Promise.reject(new Error('reset')));
    const waited = whilePending(failing, () => (rounds += 1), 100);
    await expect(failing).rejects.toThrow('reset');
    await waited;
    expect(rounds).toBeLessThan(4);
  });

  it('lets the caller go on at once: no round runs before the first turn', () => {
    let rounds = 0;
    void whilePending(new Promise<void>(() => undefined), () => (rounds += 1), 5);
    expect(rounds).toBe(0);
  });

  it('primes with a round in the first wait only', async () => {
    let rounds = 0;
    const round = () => (rounds += 1);
    const first = turns(3);
    primeWhilePending(first, round);
    await first;
    await turns(1);
    const afterFirst = rounds;
    expect(afterFirst).toBeGreaterThan(0);
    const second = turns(3);
    primeWhilePending(second, round);
    await second;
    await turns(1);
    expect(rounds).toBe(afterFirst);
  });
});
