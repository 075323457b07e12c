import { main } from '../../src/cli.js';
import type { Io } from '../../src/core/io.js';
import type { CliResult } from './cli.js';

/**
 * Runs the CLI's `main` in this process, in `cwd`, with its output captured: for what needs no real
 * process (usage errors, help). `runCli` spawns the built CLI for the rest.
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
