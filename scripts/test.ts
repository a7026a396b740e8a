// `npm test`: vitest, then Playwright (both always run); the LAST line printed is the verdict
// CI reads: "N passed, N failed" (", N skipped" when some were skipped).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildForTests } from "./build-for-tests";
import { formatCounts, isGreen, missingSuite, summarizePlaywright, summarizeVitest, totalOf, type SuiteResult } from "./test-results";

const ROOT = resolve(__dirname, "..");
const VITEST_RESULTS = join(ROOT, ".vitest-results.json");
const PLAYWRIGHT_RESULTS = join(ROOT, ".playwright-results.json");

function run(bin: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((done) => {
    const child = spawn(join(ROOT, "node_modules", ".bin", bin), args, { cwd: ROOT, env, stdio: "inherit" });
    child.once("error", (error) => {
      console.error(`Could not start ${bin}: ${error.message}`);
      done(1);
    });
    child.once("exit", (code) => done(code ?? 1));
  });
}

async function runSuite<Report>(
  name: string,
  reportPath: string,
  execute: () => Promise<number>,
  summarize: (report: Report) => SuiteResult,
): Promise<SuiteResult> {
  // A report left over from an earlier run must never stand in for this one.
  rmSync(reportPath, { force: true });
  console.log(`\n=== ${name} ===`);
  const exitCode = await execute();
  if (!existsSync(reportPath)) return missingSuite(name, `${name} wrote no report (exit code ${exitCode})`);
  let result: SuiteResult;
  try {
    result = summarize(JSON.parse(readFileSync(reportPath, "utf8")) as Report);
  } catch (error) {
    return missingSuite(name, `${name} report unreadable: ${error instanceof Error ? error.message : error}`);
  }
  if (exitCode !== 0 && result.failed === 0) result.problems.push(`${name} exited with code ${exitCode}`);
  return result;
}

async function main(): Promise<number> {
  const suites = [
    await runSuite(
      "vitest",
      VITEST_RESULTS,
      () => run("vitest", ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_RESULTS}`]),
      summarizeVitest,
    ),
    await runSuite(
      "playwright",
      PLAYWRIGHT_RESULTS,
      async () => {
        try {
          await buildForTests();
        } catch (error) {
          console.error(error instanceof Error ? error.message : error);
          return 1;
        }
        return run("playwright", ["test", "--reporter=list,json"], {
          ...process.env,
          PLAYWRIGHT_JSON_OUTPUT_FILE: PLAYWRIGHT_RESULTS,
        });
      },
      summarizePlaywright,
    ),
  ];
  console.log("");
  for (const suite of suites) {
    console.log(`${suite.name}: ${formatCounts(suite)}`);
    for (const problem of suite.problems) console.log(`  problem: ${problem}`);
  }
  const total = totalOf(suites);
  if (total.passed + total.failed === 0) console.log("No tests ran.");
  console.log(formatCounts(total));
  return isGreen(suites) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
