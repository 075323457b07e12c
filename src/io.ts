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
