// Turns the JSON reports of vitest and Playwright into one count, so CI can judge a single line.

export interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  /** Why the suite did not run completely, if it did not. */
  problems: string[];
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
}

export function summarizeVitest(report: VitestReport): SuiteResult {
  // A test file that fails to load has no failing tests, yet nothing in it ran.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed"),
  );
  return {
    name: "vitest",
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles.length,
    skipped: report.numPendingTests + report.numTodoTests,
    problems: brokenFiles.map((file) => `${file.name} could not run: ${firstLine(file.message)}`),
  };
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors: { message?: string }[];
}

export function summarizePlaywright(report: PlaywrightReport): SuiteResult {
  return {
    name: "playwright",
    // With retries a flaky test did pass in the end; it is still reported by name in the list output.
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    skipped: report.stats.skipped,
    problems: report.errors.map((error) => firstLine(error.message)),
  };
}

/** What failed a vitest run outside its tests (scripts/vitest-run-errors-reporter.ts), as problems. */
export function runErrorProblems(report: { reason: string; errors: { name?: string; message: string }[] }): string[] {
  const errors = report.errors.map((error) => `unhandled ${error.name ?? "error"}: ${firstLine(error.message)}`);
  return report.reason === "interrupted" ? ["the run was interrupted", ...errors] : errors;
}

/** The suite that produced no usable report. */
export function missingSuite(name: string, reason: string): SuiteResult {
  return { name, passed: 0, failed: 0, skipped: 0, problems: [reason] };
}

/** The suite that could not run at all: it counts as one failure, so the verdict says so. */
export function failedSuite(name: string, reason: string): SuiteResult {
  return { name, passed: 0, failed: 1, skipped: 0, problems: [reason] };
}

export function formatCounts({ passed, failed, skipped }: Pick<SuiteResult, "passed" | "failed" | "skipped">): string {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`;
}

export function totalOf(suites: SuiteResult[]): Pick<SuiteResult, "passed" | "failed" | "skipped"> {
  return suites.reduce(
    (sum, suite) => ({
      passed: sum.passed + suite.passed,
      failed: sum.failed + suite.failed,
      skipped: sum.skipped + suite.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
}

export function isGreen(suites: SuiteResult[]): boolean {
  const total = totalOf(suites);
  return total.failed === 0 && total.passed > 0 && suites.every((suite) => suite.problems.length === 0);
}

/** What `npm test` prints at the end (each suite's counts and problems, then the verdict line CI reads) and its exit code. */
export function finalReport(suites: SuiteResult[]): { lines: string[]; exitCode: 0 | 1 } {
  const lines = [""];
  for (const suite of suites) {
    lines.push(`${suite.name}: ${formatCounts(suite)}`);
    for (const problem of suite.problems) lines.push(`  problem: ${problem}`);
  }
  const total = totalOf(suites);
  if (total.passed + total.failed === 0) lines.push("No tests ran.");
  lines.push(formatCounts(total));
  return { lines, exitCode: isGreen(suites) ? 0 : 1 };
}

function firstLine(text: string | undefined): string {
  return (text ?? "unknown error").trim().split("\n")[0] ?? "unknown error";
}
