import { Worker } from 'node:worker_threads';
import type { WorkerInput, WorkerMessage } from './backfill-worker.js';
import { ExitError } from './errors.js';
import type { Io } from './io.js';
import type { BackfillFlags } from './options.js';

// A year of backfill allocates over a gigabyte of short-lived objects (listing pages, feeds, cache
// entries), and V8 grows its young generation to 32 MB for them. Held to 8 MB, the run peaks some
// 20 MB lower at the same speed. A worker is the supported way to set heap limits from a running process.
const LIMITS = { maxYoungGenerationSizeMb: 8 };

/** Runs `hfdigest backfill` in a worker thread with a bounded heap; output goes through `io`. */
export function backfillInWorker(flags: BackfillFlags, io: Io): Promise<number> {
  const input: WorkerInput = { flags, env: { ...io.env }, stderrIsTTY: io.stderrIsTTY, stdoutIsTTY: io.stdoutIsTTY, columns: io.columns };
  const worker = new Worker(new URL('./backfill-worker.js', import.meta.url), { workerData: input, resourceLimits: LIMITS });
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if ('stream' in message) (message.stream === 'stdout' ? io.stdout : io.stderrRaw)(message.text);
      else if ('done' in message) {
        settled = true;
        resolve(message.done);
      } else {
        settled = true;
        const { message: text, stack, code } = message.error;
        const err = code === undefined ? new Error(text) : new ExitError(text, code);
        if (stack) err.stack = stack;
        reject(err);
      }
    });
    worker.on('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the backfill worker stopped (exit code ${code})`));
    });
  });
}
