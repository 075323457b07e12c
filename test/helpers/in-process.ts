import { main } from '../../src/cli.js';
import type { Io } from '../../src/core/io.js';
import type { CliResult } from './cli.js';

/**
 * Runs the CLI's `main` in this process, in `cwd`, with its output captured: the command tests
 * (test/commands/, against the replay server) and usage errors. The end-to-end tests (test/e2e/)
 * spawn the built CLI with `runCli` instead, for what only a real process shows: the exit code and
 * streams of the installed binary, environment variables, signals, two runs at once.
 */
export async function runMain(args: string[], opts: { cwd: string; env?: Record<string, string> }): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => (stdout += text),
    stderrRaw: (text) => (stderr += text),
    stderr: (line) => (stderr += `${line}\n`),
    stderrIsTTY: false,
    stdoutIsTTY: false,
    columns: 100,
    env: { NO_COLOR: '1', HOME: opts.cwd, ...opts.env },
    now: () => new Date(),
  };
  const before = process.cwd();
  process.chdir(opts.cwd);
  try {
    const code = await main(args, io);
    return { code, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}
