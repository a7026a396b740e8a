// E2E_PORT_OFFSET shifts every port, so two checkouts can run the suite side by side on one machine.
const PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);
const FIRST_CONSOLE_PORT = 3100;
const FIRST_EMULATOR_PORT = 4110;

const localUrl = (port: number) => `http://127.0.0.1:${port}`;

/** The console in `slot` listens on 3100 + slot and its emulator on 4110 + slot, both shifted by the offset. */
function e2eServer(name: string, slot: number) {
  const consolePort = FIRST_CONSOLE_PORT + slot + PORT_OFFSET;
  const emulatorPort = FIRST_EMULATOR_PORT + slot + PORT_OFFSET;
  return { name, consolePort, emulatorPort, consoleUrl: localUrl(consolePort), emulatorUrl: localUrl(emulatorPort) };
}

/** One console of the suite and the emulator it talks to; `name` names its database files. */
export type E2eServer = ReturnType<typeof e2eServer>;

/** Where the e2e suite's servers listen. */
export const SERVERS = {
  // `npm start` with its emulator: the server every spec uses unless it says otherwise.
  main: e2eServer("main", 0),
  // Its emulator plants hostile content (scripts, javascript: links) in every output.
  hostile: e2eServer("hostile", 1),
  // Add-runs POSTs beyond RATE_LIMIT_PER_WINDOW within RATE_LIMIT_WINDOW_MS get 429 + Retry-After: uploads
  // must back off and still land once. (The real API counts a minute; 20 s shows the same with less waiting.)
  rateLimited: e2eServer("rate-limited", 2),
  // About a third of the runs fail, for "Retry failed". It uses the legacy prefix against an emulator
  // serving only that one, while the main server uses the default (v1) against one serving only /v1.
  failing: e2eServer("failing", 3),
  // A console pointed, like one using the real API, at an emulator that e2e/upstream-outage.spec.ts
  // starts and stops itself, so it can take the upstream down for longer than the gateway retries.
  outage: e2eServer("outage", 4),
  // Runs that are cancelled or wait in action_required, an account with $1 of credit, and a console
  // that asks for webhooks on the runs it creates (to itself), for e2e/run-statuses.spec.ts.
  statuses: e2eServer("statuses", 5),
  // A console that starts with no member (first-run setup) and offers single sign-on through a real
  // OpenID Connect provider the suite starts (e2e/oidc/oidc-provider-server.ts).
  fresh: e2eServer("fresh", 6),
  // Consoles that e2e/standalone.spec.ts and e2e/graceful-shutdown.spec.ts start and stop themselves
  // (not through the config's web servers), each with an emulator of its own.
  standalone: e2eServer("standalone", 7),
  shutdown: e2eServer("shutdown", 8),
};

export const RATE_LIMIT_PER_WINDOW = 2;
export const RATE_LIMIT_WINDOW_MS = 20_000;
export const FAILURE_RATE = 0.3;
export const FAILING_API_PREFIX = "v1beta";
export const STATUSES_CREDIT_USD = 1;

export const OIDC_PORT = 4120 + PORT_OFFSET;
export const OIDC_ISSUER = localUrl(OIDC_PORT);
export const OIDC_CLIENT_ID = "task-group-console-e2e";
export const OIDC_CLIENT_SECRET = "e2e-client-secret-that-is-long-enough";

/** Every console the suite starts with an owner; each has its own members and sessions. */
export const ALL_CONSOLE_URLS = [SERVERS.main, SERVERS.hostile, SERVERS.rateLimited, SERVERS.failing, SERVERS.outage, SERVERS.statuses].map(
  (server) => server.consoleUrl,
);
