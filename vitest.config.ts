import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The end-to-end and command files spend most of their time waiting on child processes and local
    // servers, not on a core: more files at once than cores keeps the machine busy.
    maxWorkers: 4,
    // src/ keeps no state between calls beyond memo tables, so the files of one worker can share its
    // loaded modules instead of loading them again for each file.
    isolate: false,
  },
});
