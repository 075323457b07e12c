// @ts-check
/**
 * Mutation testing of the pure modules: `npm run mutate` (not part of `npm test`).
 * Reports go to reports/mutation/ (git-ignored). See docs/testing.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: [
    'src/sources/hf/parse.ts',
    'src/sources/hf/schema.ts',
    'src/sources/hf/parse-error.ts',
    'src/sources/hf/html.ts',
    'src/sources/arxiv/feed.ts',
    'src/digest/rank.ts',
    'src/digest/paper.ts',
    'src/digest/digest.ts',
    'src/digest/completeness.ts',
    'src/digest/monthly.ts',
    'src/render/post.ts',
    'src/render/front-matter.ts',
    'src/posts/front-matter.ts',
    'src/render/monthly.ts',
    'src/core/options.ts',
    'src/core/dates.ts',
    'src/core/text.ts',
    'src/core/post-format.ts',
    'src/store/data-schema.ts',
    'src/store/data-file.ts',
    'src/posts/validate.ts',
    'src/posts/titles.ts',
    'src/posts/institutions.ts',
    'src/posts/changes.ts',
    'src/posts/repair-post.ts',
  ],
  coverageAnalysis: 'perTest',
  // Two cores, shared: one test runner at a time.
  concurrency: 1,
  // dist/ is the built CLI, used only by the tests left out.
  ignorePatterns: ['/dist'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Later runs test again only the mutants whose code or tests changed (reports/stryker-incremental.json).
  incremental: true,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
