import { defineConfig, mergeConfig } from 'vitest/config';
import { FileFailuresAsTests } from './test/stryker/file-failures.js';
import base from './vitest.config.js';

/**
 * The unit tests, for `npm run mutate`. Left out: test/e2e/** (they spawn the built dist/ CLI, which a
 * mutant of src/ never reaches), and test/cli.test.ts and test/commands/** (they run the CLI in this
 * process in a working directory of their own, and Stryker's worker threads cannot change directory). A test file that fails to load counts as a
 * failed test (see test/stryker/file-failures.ts).
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['**/node_modules/**', 'test/e2e/**', 'test/cli.test.ts', 'test/commands/**'],
      reporters: ['default', new FileFailuresAsTests()],
    },
  }),
);
