/**
 * Exit codes, documented in the README. A finding (`validate` found problems, `repair --check` would
 * change a file) has a code of its own, so that a blog's CI tells it from a crash.
 */
export const EXIT = { ok: 0, bug: 1, usage: 2, upstream: 3, findings: 4 } as const;

/** An error whose message is meant for a person; the top level prints it and exits with `code`. */
export class ExitError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
    this.name = 'ExitError';
  }
}

/** Bad command-line input or configuration: exit 2. */
export class UsageError extends ExitError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = 'UsageError';
  }
}

/** Hugging Face (and its fallback) could not be read: exit 3, nothing written. */
export class UpstreamError extends ExitError {
  constructor(message: string) {
    super(message, EXIT.upstream);
    this.name = 'UpstreamError';
  }
}
