import { parentPort, workerData } from 'node:worker_threads';
import { backfillCommand } from './commands/backfill.js';
import { ExitError } from './errors.js';
import type { Io } from './io.js';
import type { BackfillFlags } from './options.js';

/** What the worker sends to the thread that started it. */
export type WorkerMessage =
  | { stream: 'stdout' | 'stderr'; text: string }
  | { done: number }
  | { error: { message: string; stack?: string; code?: number } };

/** What the worker is started with: the flags, and what it cannot see of the terminal itself. */
export interface WorkerInput {
  flags: BackfillFlags;
  env: Record<string, string | undefined>;
  stderrIsTTY: boolean;
  stdoutIsTTY: boolean;
  columns: number;
}

const input = workerData as WorkerInput;
const send = (message: WorkerMessage) => parentPort!.postMessage(message);
const io: Io = {
  stdout: (text) => send({ stream: 'stdout', text }),
  stderrRaw: (text) => send({ stream: 'stderr', text }),
  stderr: (line) => send({ stream: 'stderr', text: `${line}\n` }),
  stderrIsTTY: input.stderrIsTTY,
  stdoutIsTTY: input.stdoutIsTTY,
  columns: input.columns,
  env: input.env,
  now: () => new Date(),
};

try {
  send({ done: await backfillCommand(input.flags, io) });
} catch (err) {
  const e = err as Error;
  send({ error: { message: e?.message ?? String(err), ...(e?.stack ? { stack: e.stack } : {}), ...(err instanceof ExitError ? { code: err.code } : {}) } });
}
