/** What a command may touch of the process: injected so that commands stay testable. */
export interface Io {
  stdout: (text: string) => void;
  /** Writes text as is (no newline added). */
  stderrRaw: (text: string) => void;
  stderr: (line: string) => void;
  stderrIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** The terminal's width, when stdout is one. */
  columns: number;
  env: Record<string, string | undefined>;
  now: () => Date;
}

/** The real process: its streams, environment and clock. */
export const processIo = (): Io => ({
  stdout: (text) => process.stdout.write(text),
  stderrRaw: (text) => process.stderr.write(text),
  stderr: (line) => process.stderr.write(`${line}\n`),
  stderrIsTTY: process.stderr.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  columns: process.stdout.columns ?? 100,
  env: process.env,
  now: () => new Date(),
});
