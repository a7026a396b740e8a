import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { KEY_CANARY } from "./scripts/key-canary";
import { CHROMIUM_ARGS, chromiumExecutable, REDUCED_MOTION } from "./e2e/chromium-executable";
import { OWNER, storageStatePath } from "./e2e/auth-state";
import { e2eRunDir } from "./e2e/run-dir";
import { EXPECT_TIMEOUT_MS } from "./e2e/expect-timeout";
import {
  FAILURE_RATE,
  FAILING_API_PREFIX,
  RATE_LIMIT_PER_WINDOW,
  RATE_LIMIT_WINDOW_MS,
  OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET,
  OIDC_ISSUER,
  OIDC_PORT,
  SERVERS,
  STATUSES_CREDIT_USD,
  type E2eServer,
} from "./e2e/servers";
// `npm start` may run `next build` first; on two cores that takes a few minutes.
const SERVER_START_TIMEOUT_MS = 300_000;
const TEST_TIMEOUT_MS = 60_000;

const runDir = e2eRunDir();

export default defineConfig({
  testDir: "./e2e",
  // Its own config (several instances as real processes): e2e/multi-instance/playwright.config.ts.
  testIgnore: "multi-instance/**",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: TEST_TIMEOUT_MS,
  expect: { timeout: EXPECT_TIMEOUT_MS },
  reporter: [["list"]],
  use: {
    baseURL: SERVERS.main.consoleUrl,
    trace: "retain-on-failure",
  },
  projects: [
    // Signs the owner, an operator and a viewer in on every server; the specs run signed in.
    { name: "sign-in", testMatch: /auth\.setup\.ts$/ },
    {
      name: "chromium",
      dependencies: ["sign-in"],
      use: {
        ...devices["Desktop Chrome"],
        // The owner (an admin) by default; specs about roles open contexts with the others' sessions.
        storageState: storageStatePath("admin"),
        reducedMotion: REDUCED_MOTION,
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  // Started one after the other, so only the first may need to build.
  webServer: [
    // The default prefix (v1) against an upstream that serves only /v1.
    consoleServer(SERVERS.main, { EMULATOR_API_PREFIXES: "v1" }),
    consoleServer(SERVERS.hostile, { EMULATOR_HOSTILE_CONTENT: "1" }),
    consoleServer(SERVERS.rateLimited, {
      EMULATOR_RATE_LIMIT_PER_MIN: String(RATE_LIMIT_PER_WINDOW),
      EMULATOR_RATE_LIMIT_WINDOW_MS: String(RATE_LIMIT_WINDOW_MS),
    }),
    // The legacy prefix against an upstream that serves only /v1beta (and, as the real API, a run,
    // its result and its input only under /v1).
    consoleServer(SERVERS.failing, {
      EMULATOR_FAILURE_RATE: String(FAILURE_RATE),
      PARALLEL_API_PREFIX: FAILING_API_PREFIX,
      EMULATOR_API_PREFIXES: FAILING_API_PREFIX,
    }),
    consoleServer(SERVERS.statuses, {
      EMULATOR_CANCEL_RATE: "0.3",
      EMULATOR_ACTION_REQUIRED_RATE: "0.5",
      EMULATOR_CREDIT_USD: String(STATUSES_CREDIT_USD),
      CONSOLE_WEBHOOK_URL: `${SERVERS.statuses.consoleUrl}/api/webhooks/parallel`,
    }),
    // Its upstream is not embedded: the outage spec runs that emulator (same key) and stops it at will.
    consoleServer(SERVERS.outage, {
      PARALLEL_API_KEY: KEY_CANARY,
      PARALLEL_BASE_URL: SERVERS.outage.emulatorUrl,
    }),
    {
      command: "npx tsx e2e/oidc/oidc-provider-server.ts",
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: SERVER_START_TIMEOUT_MS,
      stdout: "pipe" as const,
      stderr: "pipe" as const,
      env: {
        ...(process.env as Record<string, string>),
        OIDC_PORT: String(OIDC_PORT),
        OIDC_CONSOLE_URL: SERVERS.fresh.consoleUrl,
        OIDC_CLIENT_ID,
        OIDC_CLIENT_SECRET,
      },
    },
    // No owner at start: the first-run spec creates one through /setup. Single sign-on through the provider above.
    consoleServer(SERVERS.fresh, {
      CONSOLE_ADMIN_EMAIL: "",
      CONSOLE_ADMIN_PASSWORD: "",
      CONSOLE_URL: SERVERS.fresh.consoleUrl,
      CONSOLE_OIDC_ISSUER: OIDC_ISSUER,
      CONSOLE_OIDC_CLIENT_ID: OIDC_CLIENT_ID,
      CONSOLE_OIDC_CLIENT_SECRET: OIDC_CLIENT_SECRET,
      CONSOLE_OIDC_NAME: "E2E Identity",
    }),
  ],
});

function consoleServer({ name, consolePort, emulatorPort, consoleUrl }: E2eServer, extraEnv: Record<string, string>) {
  return {
    // The real start path: build if stale, embedded emulator, `next start`.
    command: "npm start",
    url: `${consoleUrl}/api/health`,
    reuseExistingServer: false,
    timeout: SERVER_START_TIMEOUT_MS,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5_000 },
    env: {
      ...(process.env as Record<string, string>),
      // Empty means unset: the e2e suite always runs against the emulator.
      PARALLEL_API_KEY: "",
      PARALLEL_BASE_URL: "",
      PORT: String(consolePort),
      EMULATOR_PORT: String(emulatorPort),
      EMULATOR_DB: join(runDir, `${name}-emulator.db`),
      CONSOLE_DB: join(runDir, `${name}-console.db`),
      EMULATOR_TIME_SCALE: "0.01",
      // The emulator demands this key and the console is handed it; e2e/key-canary.spec.ts proves it never leaks.
      EMULATOR_API_KEY: KEY_CANARY,
      PARALLEL_API_PREFIX: "",
      EMULATOR_API_PREFIXES: "",
      NEXT_TELEMETRY_DISABLED: "1",
      // A request log line per call would bury the suite's output; warnings and errors still show.
      LOG_LEVEL: "warn",
      CONSOLE_ADMIN_EMAIL: OWNER.email,
      CONSOLE_ADMIN_PASSWORD: OWNER.password,
      // Alerts are evaluated and retried within a second, so e2e/alerts.spec.ts waits on conditions, not minutes.
      ALERTS_TICK_MS: "500",
      ALERTS_RETRY_BASE_MS: "500",
      ...extraEnv,
    },
  };
}
