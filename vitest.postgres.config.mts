import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";
import base from "./vitest.config.mts";

// The database suites, run a second time on PostgreSQL (`npm test` sets TEST_DATABASE_URL for this
// run). A test file is a database suite when it opens a console database through the test helpers,
// that is when it names one of them. A file that tests the SQLite file itself carries the marker
// comment `database-suite: sqlite-only`. Files named `*.postgres.test.ts` are PostgreSQL-only and
// run here alone.
const DATABASE_HELPERS =
  /openTestConsoleDatabase|createTestDatabaseLocation|openTwoInstancesDatabase|setUpRouteTests|startRegistryGateway|startTokenConsole|testAuthDeps|signedInDeps/;
const SQLITE_ONLY_MARKER = "database-suite: sqlite-only";
const TEST_FOLDERS = ["lib", "app", "components", "scripts", "bench"];
const TEST_FILE = /\.test\.tsx?$/;

function testFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : testFilesUnder(file);
    return TEST_FILE.test(entry.name) ? [file] : [];
  });
}

export const databaseSuites = TEST_FOLDERS.flatMap(testFilesUnder).filter((file) => {
  const text = readFileSync(file, "utf8");
  return file.endsWith(".postgres.test.ts") || (DATABASE_HELPERS.test(text) && !text.includes(SQLITE_ONLY_MARKER));
});

export default defineConfig({ ...base, test: { ...base.test, include: databaseSuites, exclude: ["node_modules/**"] } });
