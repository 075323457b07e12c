import type { Reporter, Vitest } from 'vitest/node';

/**
 * For `npm run mutate` only (vitest.stryker.config.ts). A mutant that throws while a test file loads
 * (in a module's top level, or in a `describe` body that computes what its tests share) fails the
 * file before any of its tests runs. Stryker's vitest runner counts tests only, so it would see no
 * failure and report the mutant as survived. This reporter gives each such file one failed test,
 * which is what vitest itself reports as a failure: the file did not load.
 */
export class FileFailuresAsTests implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  // The test files as Stryker's runner reads them after the run.
  onTestRunEnd(): void {
    for (const file of this.vitest?.state.getFiles() ?? []) {
      const errors = file.result?.errors ?? [];
      if (file.result?.state !== 'fail' || errors.length === 0) continue;
      file.tasks.push({
        type: 'test',
        id: `${file.id}_load`,
        name: 'the test file loads',
        fullName: `${file.name} > the test file loads`,
        fullTestName: 'the test file loads',
        mode: 'run',
        file,
        context: undefined as never,
        timeout: 0,
        annotations: [],
        artifacts: [],
        meta: {},
        result: { state: 'fail', errors },
      });
    }
  }
}
