import { describe, expect, it } from "vitest";
import {
  failedSuite,
  finalReport,
  formatCounts,
  isGreen,
  missingSuite,
  runErrorProblems,
  summarizePlaywright,
  summarizeVitest,
  totalOf,
} from "./test-results";

const vitestReport = (files: { status: string; tests: string[]; message?: string }[]) => ({
  numPassedTests: files.flatMap((f) => f.tests).filter((t) => t === "passed").length,
  numFailedTests: files.flatMap((f) => f.tests).filter((t) => t === "failed").length,
  numPendingTests: files.flatMap((f) => f.tests).filter((t) => t === "skipped").length,
  numTodoTests: files.flatMap((f) => f.tests).filter((t) => t === "todo").length,
  testResults: files.map((f, i) => ({
    name: `file${i}.test.ts`,
    status: f.status,
    message: f.message,
    assertionResults: f.tests.map((status) => ({ status })),
  })),
});

describe("summarizeVitest", () => {
  it("counts passed, failed and skipped tests", () => {
    const report = vitestReport([
      { status: "passed", tests: ["passed", "passed", "skipped"] },
      { status: "failed", tests: ["failed", "passed", "todo"] },
    ]);
    expect(summarizeVitest(report)).toEqual({ name: "vitest", passed: 3, failed: 1, skipped: 2, problems: [] });
  });

  it("counts a file that could not load as a failure", () => {
    const report = vitestReport([{ status: "failed", tests: [], message: "Cannot find module x\nstack" }]);
    expect(summarizeVitest(report)).toMatchObject({
      failed: 1,
      problems: ["file0.test.ts could not run: Cannot find module x"],
    });
  });
});

describe("runErrorProblems", () => {
  it("names each error outside the tests by its first line, and an interrupted run", () => {
    const errors = [{ name: "error", message: "terminating connection due to administrator command\n    at stack" }, { message: "boom" }];
    expect(runErrorProblems({ reason: "passed", errors })).toEqual([
      "unhandled error: terminating connection due to administrator command",
      "unhandled error: boom",
    ]);
    expect(runErrorProblems({ reason: "interrupted", errors: [] })).toEqual(["the run was interrupted"]);
    expect(runErrorProblems({ reason: "passed", errors: [] })).toEqual([]);
  });
});

describe("summarizePlaywright", () => {
  it("counts flaky as passed and keeps global errors as problems", () => {
    const report = {
      stats: { expected: 4, unexpected: 1, flaky: 1, skipped: 2 },
      errors: [{ message: "Error: webServer timed out\nmore" }],
    };
    expect(summarizePlaywright(report)).toEqual({
      name: "playwright",
      passed: 5,
      failed: 1,
      skipped: 2,
      problems: ["Error: webServer timed out"],
    });
  });
});

describe("the final line", () => {
  it("mentions skipped tests only when there are some", () => {
    expect(formatCounts({ passed: 57, failed: 0, skipped: 0 })).toBe("57 passed, 0 failed");
    expect(formatCounts({ passed: 5, failed: 1, skipped: 2 })).toBe("5 passed, 1 failed, 2 skipped");
  });

  it("adds the suites up", () => {
    const suites = [
      { name: "a", passed: 2, failed: 1, skipped: 0, problems: [] },
      { name: "b", passed: 3, failed: 0, skipped: 4, problems: [] },
    ];
    expect(totalOf(suites)).toEqual({ passed: 5, failed: 1, skipped: 4 });
  });
});

describe("isGreen", () => {
  const ok = { name: "a", passed: 1, failed: 0, skipped: 0, problems: [] };
  it("needs at least one passing test, no failures and no suite problems", () => {
    expect(isGreen([ok])).toBe(true);
    expect(isGreen([{ ...ok, passed: 0, skipped: 3 }])).toBe(false);
    expect(isGreen([ok, { ...ok, failed: 1 }])).toBe(false);
    expect(isGreen([ok, missingSuite("playwright", "no report")])).toBe(false);
  });

  it("counts a suite that could not run at all as a failure, with its reason", () => {
    const ok = { name: "vitest", passed: 3, failed: 0, skipped: 0, problems: [] };
    const noPostgres = failedSuite("vitest on PostgreSQL", "install postgresql");
    expect(isGreen([ok, noPostgres])).toBe(false);
    expect(formatCounts(totalOf([ok, noPostgres]))).toBe("3 passed, 1 failed");
    expect(noPostgres.problems).toEqual(["install postgresql"]);
  });
});

describe("finalReport", () => {
  it("prints each suite with its problems, then the verdict line last, and fails on any problem", () => {
    const ok = { name: "vitest", passed: 3, failed: 0, skipped: 1, problems: [] };
    expect(finalReport([ok, failedSuite("playwright", "no browser")])).toEqual({
      lines: [
        "",
        "vitest: 3 passed, 0 failed, 1 skipped",
        "playwright: 0 passed, 1 failed",
        "  problem: no browser",
        "3 passed, 1 failed, 1 skipped",
      ],
      exitCode: 1,
    });
    expect(finalReport([ok]).exitCode).toBe(0);
  });

  it("says so when no tests ran", () => {
    expect(finalReport([{ name: "vitest", passed: 0, failed: 0, skipped: 2, problems: [] }]).lines.slice(-2)).toEqual([
      "No tests ran.",
      "0 passed, 0 failed, 2 skipped",
    ]);
  });
});
