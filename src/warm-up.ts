/** Rounds enough for V8 to compile a parser's loops on a sample: a few dozen milliseconds of work. */
const PRIMING_ROUNDS = 25;

/**
 * Runs `round` while `pending` is unsettled, at most `rounds` times, one round per turn of the event loop.
 *
 * V8 runs a function's first calls in its interpreter: an arXiv feed of ten entries (38 KB) takes the
 * parser ~30 ms at first sight and ~5 ms once its tokenizer is compiled. A request's wait is idle time,
 * and the parse of the answer is all that stands between it and the post, so the parser works on a
 * small sample while the request is out. The rounds stop once the answer is in: a fast server waits
 * for one round at most.
 */
export async function whilePending(pending: Promise<unknown>, round: () => void, rounds: number): Promise<void> {
  let settled = false;
  pending.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; i < rounds; i += 1) {
    await new Promise((resolve) => setImmediate(resolve));
    if (settled) return;
    round();
  }
}

const primed = new WeakSet<() => void>();

/** `whilePending` with a parser's priming `round`, in the first wait only: after it the code is compiled. */
export function primeWhilePending(pending: Promise<unknown>, round: () => void): void {
  if (primed.has(round)) return;
  primed.add(round);
  void whilePending(pending, round, PRIMING_ROUNDS);
}
