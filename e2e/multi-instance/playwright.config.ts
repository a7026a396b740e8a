import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable, REDUCED_MOTION } from "../chromium-executable";
import { EXPECT_TIMEOUT_MS } from "../expect-timeout";

// Several console instances as real processes (`next start` of the test build) behind a load
// balancer in the test process: `npx playwright test -c e2e/multi-instance`. Needs
// `npm run build:test` first. TEST_DATABASE_URL (a PostgreSQL server) makes them share a fresh
// PostgreSQL database; without it they share one SQLite file.

export default defineConfig({
  testDir: ".",
  testMatch: /\.spec\.ts$/,
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: EXPECT_TIMEOUT_MS },
  reporter: [["list"]],
  use: {
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    reducedMotion: REDUCED_MOTION,
  },
});
