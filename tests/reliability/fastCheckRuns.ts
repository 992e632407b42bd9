// Counts every fast-check property the unit tests assess, and how many inputs each tried, for the
// reliability report. A global plugin observes the result only: it never changes a verdict.
import fc from 'fast-check';
import { expect } from 'vitest';
import { recordReliability } from './record';

if (process.env.RELIABILITY_DIR) {
  fc.installGlobalPlugin(() => ({
    onAllRunsComplete: (details) => {
      const state = expect.getState();
      recordReliability('property', {
        test: state.currentTestName ?? 'unknown test',
        file: state.testPath?.replace(/^.*?\/(src|tests|scripts)\//, '$1/') ?? 'unknown file',
        runs: details.numRuns,
        failed: details.failed,
      });
    },
  }));
}
