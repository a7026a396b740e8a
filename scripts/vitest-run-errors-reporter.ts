import { writeFileSync } from "node:fs";
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from "vitest/node";

// vitest's JSON report leaves out the errors outside any test (an unhandled rejection, an error
// event nobody listens to), though they fail the run. This reporter writes them to the file named
// by VITEST_RUN_ERRORS_FILE, so `npm test` can name them in its verdict.

export interface VitestRunErrors {
  reason: TestRunEndReason;
  errors: { name?: string; message: string }[];
}

export default class RunErrorsReporter implements Reporter {
  onTestRunEnd(_modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): void {
    const file = process.env.VITEST_RUN_ERRORS_FILE;
    if (!file) return;
    const report: VitestRunErrors = { reason, errors: unhandledErrors.map(({ name, message }) => ({ name, message })) };
    writeFileSync(file, JSON.stringify(report));
  }
}
