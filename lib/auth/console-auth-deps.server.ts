import "server-only";
import { parseAuthEnv } from "../config/parse-auth-env";
import { getSecurityPolicy } from "../config/security-env";
import type { ConsoleDatabase } from "../registry/database-schema";
import type { AuthDeps } from "./auth-deps";
import { storedAuthSecret } from "./auth-secret.server";
import { createConsoleAuth } from "./console-auth.server";
import { createOwnerFromEnv } from "./create-owner-from-env.server";
import { sessionAuthenticator } from "./session-authenticator.server";
import { requestAuthenticator } from "./token-authenticator.server";

const DEFAULT_PORT = "3000";

// On globalThis so that the proxy and every route bundle of this process share one instance.
const globalForAuth = globalThis as typeof globalThis & { __consoleAuthDeps?: Promise<AuthDeps> };

/** The running console's sign-in: built on first use from the env and the database, once per process. */
export function getConsoleAuthDeps(db: ConsoleDatabase): Promise<AuthDeps> {
  globalForAuth.__consoleAuthDeps ??= buildAuthDeps(db).catch((error: unknown) => {
    globalForAuth.__consoleAuthDeps = undefined;
    throw error;
  });
  return globalForAuth.__consoleAuthDeps;
}

export async function buildAuthDeps(db: ConsoleDatabase, env: Record<string, string | undefined> = process.env): Promise<AuthDeps> {
  const settings = parseAuthEnv(env);
  const baseURL = getSecurityPolicy().consoleOrigin;
  const port = baseURL ? new URL(baseURL).port || (baseURL.startsWith("https:") ? "443" : "80") : (env.PORT ?? DEFAULT_PORT);
  const auth = createConsoleAuth({
    db,
    settings,
    secret: settings.secret ?? (await storedAuthSecret(db)),
    baseURL,
    cookiePrefix: `tgc-${port}`,
  });
  await createOwnerFromEnv(auth, db, settings.owner);
  const sessions = sessionAuthenticator(auth);
  return { auth, authenticator: requestAuthenticator(sessions, db), sessions, settings };
}
