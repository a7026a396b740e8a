// `npm test`: vitest, the database suites again on PostgreSQL, then Playwright (all always run);
// the LAST line printed is the verdict CI reads: "N passed, N failed" (", N skipped" when some
// were skipped). PostgreSQL is TEST_DATABASE_URL's server, or else a throwaway cluster started
// here (scripts/throwaway-postgres.sh) and stopped at the end.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildForTests } from "./build-for-tests";
import type { SuiteResult } from "./test-results";
import { failedSuite, finalReport, missingSuite, runErrorProblems, summarizePlaywright, summarizeVitest } from "./test-results";
import { hasPostgresServer, POSTGRES_INSTALL_HINT, startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres";

const ROOT = resolve(__dirname, "..");
const VITEST_RESULTS = join(ROOT, ".vitest-results.json");
const VITEST_POSTGRES_RESULTS = join(ROOT, ".vitest-postgres-results.json");
const POSTGRES_SUITE = "vitest on PostgreSQL";
const PLAYWRIGHT_RESULTS = join(ROOT, ".playwright-results.json");
const MULTI_INSTANCE_RESULTS = join(ROOT, ".playwright-multi-instance-results.json");
const MULTI_INSTANCE_SUITE = "playwright, several instances";

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

/** TEST_DATABASE_URL's server, a throwaway one, or why there is none. */
async function postgresForTests(): Promise<{ url: string; cluster?: ThrowawayPostgres } | { missing: string }> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { url: given };
  if (!(await hasPostgresServer())) return { missing: POSTGRES_INSTALL_HINT };
  try {
    const cluster = await startThrowawayPostgres();
    console.log(`\nA throwaway PostgreSQL for the tests: ${cluster.url}`);
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cluster.stop().finally(() => process.exit(1)));
    return { url: cluster.url, cluster };
  } catch (error) {
    return { missing: error instanceof Error ? error.message : String(error) };
  }
}

const RUN_ERRORS_REPORTER = "./scripts/vitest-run-errors-reporter.ts";

/** A vitest run with its JSON report, plus the errors outside its tests that fail a run and are in no report. */
async function runVitestSuite(name: string, reportPath: string, env: NodeJS.ProcessEnv, ...extra: string[]): Promise<SuiteResult> {
  const errorsPath = `${reportPath}.errors.json`;
  rmSync(errorsPath, { force: true });
  const args = [
    "run",
    ...extra,
    "--reporter=default",
    "--reporter=json",
    `--reporter=${RUN_ERRORS_REPORTER}`,
    `--outputFile.json=${reportPath}`,
  ];
  const result = await runSuite(
    name,
    reportPath,
    () => run("vitest", args, { ...env, VITEST_RUN_ERRORS_FILE: errorsPath }),
    (report: Parameters<typeof summarizeVitest>[0]) => ({ ...summarizeVitest(report), name }),
  );
  if (existsSync(errorsPath)) result.problems.unshift(...runErrorProblems(JSON.parse(readFileSync(errorsPath, "utf8"))));
  return result;
}

async function main(): Promise<number> {
  // The first vitest run is on SQLite even when the shell names a PostgreSQL server.
  const sqliteEnv = { ...process.env };
  delete sqliteEnv.TEST_DATABASE_URL;
  const postgres = await postgresForTests();
  const postgresEnv = "url" in postgres ? { ...process.env, TEST_DATABASE_URL: postgres.url } : process.env;
  const suites: SuiteResult[] = [];
  try {
    suites.push(await runVitestSuite("vitest", VITEST_RESULTS, sqliteEnv));
    suites.push(
      "url" in postgres
        ? await runVitestSuite(POSTGRES_SUITE, VITEST_POSTGRES_RESULTS, postgresEnv, "--config", "vitest.postgres.config.mts")
        : failedSuite(POSTGRES_SUITE, postgres.missing),
    );
    suites.push(
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
          // The specs that run several console instances on one PostgreSQL read TEST_DATABASE_URL.
          return run("playwright", ["test", "--reporter=list,json"], { ...postgresEnv, PLAYWRIGHT_JSON_OUTPUT_FILE: PLAYWRIGHT_RESULTS });
        },
        summarizePlaywright,
      ),
    );
    // Its own config: these specs start their own emulator, instances and load balancer, one at a time.
    suites.push(
      await runSuite(
        MULTI_INSTANCE_SUITE,
        MULTI_INSTANCE_RESULTS,
        () =>
          run("playwright", ["test", "-c", "e2e/multi-instance", "--reporter=list,json"], {
            ...postgresEnv,
            PLAYWRIGHT_JSON_OUTPUT_FILE: MULTI_INSTANCE_RESULTS,
          }),
        (report: Parameters<typeof summarizePlaywright>[0]) => ({ ...summarizePlaywright(report), name: MULTI_INSTANCE_SUITE }),
      ),
    );
  } finally {
    if ("cluster" in postgres) await postgres.cluster?.stop();
  }
  const { lines, exitCode } = finalReport(suites);
  for (const line of lines) console.log(line);
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
