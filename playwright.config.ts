import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { KEY_CANARY } from "./scripts/key-canary";
import { chromiumExecutable } from "./e2e/chromium-executable";
import { e2eRunDir } from "./e2e/run-dir";
import { CONSOLE_PORT, CONSOLE_URL as BASE_URL, EMULATOR_PORT } from "./e2e/servers";
// `npm start` may run `next build` first; on two cores that takes a few minutes.
const SERVER_START_TIMEOUT_MS = 300_000;
const TEST_TIMEOUT_MS = 60_000;

const runDir = e2eRunDir();

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: TEST_TIMEOUT_MS,
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    // The real start path: build if stale, embedded emulator, `next start`.
    command: "npm start",
    url: `${BASE_URL}/api/upstream`,
    reuseExistingServer: false,
    timeout: SERVER_START_TIMEOUT_MS,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    env: {
      ...(process.env as Record<string, string>),
      // Empty means unset: the e2e suite always runs against the emulator.
      PARALLEL_API_KEY: "",
      PARALLEL_BASE_URL: "",
      PORT: String(CONSOLE_PORT),
      EMULATOR_PORT: String(EMULATOR_PORT),
      EMULATOR_DB: join(runDir, "emulator.db"),
      CONSOLE_DB: join(runDir, "console.db"),
      EMULATOR_TIME_SCALE: "0.01",
      // The emulator demands this key and the console is handed it; e2e/key-canary.spec.ts proves it never leaks.
      EMULATOR_API_KEY: KEY_CANARY,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
