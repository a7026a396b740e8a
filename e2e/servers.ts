// E2E_PORT_OFFSET shifts every port, so two checkouts can run the suite side by side on one machine.
const PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);

// Where the e2e suite's servers listen: `npm start` on CONSOLE_PORT with its emulator on EMULATOR_PORT,
// and a second one whose emulator plants hostile content (scripts, javascript: links) in every output.
export const CONSOLE_PORT = 3100 + PORT_OFFSET;
export const EMULATOR_PORT = 4110 + PORT_OFFSET;
export const CONSOLE_URL = `http://127.0.0.1:${CONSOLE_PORT}`;
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`;

export const HOSTILE_CONSOLE_PORT = 3101 + PORT_OFFSET;
export const HOSTILE_EMULATOR_PORT = 4111 + PORT_OFFSET;
export const HOSTILE_CONSOLE_URL = `http://127.0.0.1:${HOSTILE_CONSOLE_PORT}`;

// Add-runs POSTs beyond 2 a minute get 429 + Retry-After: uploads must back off and still land once.
export const RATE_LIMITED_CONSOLE_PORT = 3102 + PORT_OFFSET;
export const RATE_LIMITED_EMULATOR_PORT = 4112 + PORT_OFFSET;
export const RATE_LIMITED_CONSOLE_URL = `http://127.0.0.1:${RATE_LIMITED_CONSOLE_PORT}`;
export const RATE_LIMIT_PER_MIN = 2;

// About a third of the runs fail, for "Retry failed". It uses the legacy prefix against an emulator
// serving only that one, while the main server uses the default (v1) against one serving only /v1.
export const FAILING_CONSOLE_PORT = 3103 + PORT_OFFSET;
export const FAILING_EMULATOR_PORT = 4113 + PORT_OFFSET;
export const FAILING_CONSOLE_URL = `http://127.0.0.1:${FAILING_CONSOLE_PORT}`;
export const FAILING_EMULATOR_URL = `http://127.0.0.1:${FAILING_EMULATOR_PORT}`;
export const FAILURE_RATE = 0.3;
export const FAILING_API_PREFIX = "v1beta";

// A console pointed, like one using the real API, at an emulator that e2e/upstream-outage.spec.ts
// starts and stops itself, so it can take the upstream down for longer than the gateway retries.
export const OUTAGE_CONSOLE_PORT = 3104 + PORT_OFFSET;
export const OUTAGE_EMULATOR_PORT = 4114 + PORT_OFFSET;
export const OUTAGE_CONSOLE_URL = `http://127.0.0.1:${OUTAGE_CONSOLE_PORT}`;
export const OUTAGE_EMULATOR_URL = `http://127.0.0.1:${OUTAGE_EMULATOR_PORT}`;

// Runs that are cancelled or wait in action_required, an account with $1 of credit, and a console
// that asks for webhooks on the runs it creates (to itself), for e2e/run-statuses.spec.ts.
export const STATUSES_CONSOLE_PORT = 3105 + PORT_OFFSET;
export const STATUSES_EMULATOR_PORT = 4115 + PORT_OFFSET;
export const STATUSES_CONSOLE_URL = `http://127.0.0.1:${STATUSES_CONSOLE_PORT}`;
export const STATUSES_CREDIT_USD = 1;

// A console that starts with no member (first-run setup) and offers single sign-on through a real
// OpenID Connect provider the suite starts (e2e/oidc/oidc-provider-server.ts).
export const FRESH_CONSOLE_PORT = 3106 + PORT_OFFSET;
export const FRESH_EMULATOR_PORT = 4116 + PORT_OFFSET;
export const FRESH_CONSOLE_URL = `http://127.0.0.1:${FRESH_CONSOLE_PORT}`;
export const OIDC_PORT = 4120 + PORT_OFFSET;
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const OIDC_CLIENT_ID = "task-group-console-e2e";
export const OIDC_CLIENT_SECRET = "e2e-client-secret-that-is-long-enough";

// Consoles that e2e/standalone.spec.ts and e2e/graceful-shutdown.spec.ts start and stop themselves
// (not through the config's web servers), each with an emulator of its own.
export const STANDALONE_CONSOLE_PORT = 3107 + PORT_OFFSET;
export const STANDALONE_EMULATOR_PORT = 4117 + PORT_OFFSET;
export const SHUTDOWN_CONSOLE_PORT = 3108 + PORT_OFFSET;
export const SHUTDOWN_EMULATOR_PORT = 4118 + PORT_OFFSET;

/** Every console the suite starts with an owner; each has its own members and sessions. */
export const ALL_CONSOLE_URLS = [
  CONSOLE_URL,
  HOSTILE_CONSOLE_URL,
  RATE_LIMITED_CONSOLE_URL,
  FAILING_CONSOLE_URL,
  OUTAGE_CONSOLE_URL,
  STATUSES_CONSOLE_URL,
];
