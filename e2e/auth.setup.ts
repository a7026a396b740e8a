import { request as requestFactory, test as setup, type APIRequestContext } from "@playwright/test";
import { ROLES, type Role } from "../lib/auth/roles";
import { E2E_MEMBERS, OWNER, storageStatePath } from "./auth-state";
import { ALL_CONSOLE_URLS } from "./servers";

// Signs the owner, an operator and a viewer in on every e2e server (inviting the latter two through
// the console's own API the first time) and stores each role's sessions for the specs.

// Cookies ignore ports: once signed in on one server, a context sends that session's cookie to the
// others too, and better-auth then wants to see where a write comes from. Browsers say so themselves.
const originOf = (consoleUrl: string) => ({ origin: new URL(consoleUrl).origin });

async function signIn(context: APIRequestContext, consoleUrl: string, role: Role): Promise<boolean> {
  const { email, password } = E2E_MEMBERS[role];
  const response = await context.post(`${consoleUrl}/api/auth/sign-in/email`, { data: { email, password }, headers: originOf(consoleUrl) });
  if (response.ok()) return true;
  if (response.status() === 401) return false;
  throw new Error(`signing ${role} in on ${consoleUrl} answered ${response.status()}: ${await response.text()}`);
}

async function invite(owner: APIRequestContext, consoleUrl: string, role: Role): Promise<string> {
  const response = await owner.post(`${consoleUrl}/api/invitations`, { data: { role, expiresInDays: 1 }, headers: originOf(consoleUrl) });
  if (response.status() !== 201)
    throw new Error(`inviting a ${role} on ${consoleUrl} answered ${response.status()}: ${await response.text()}`);
  return new URL(((await response.json()) as { link: string }).link).pathname.split("/").pop()!;
}

setup("sign every role in on every console", async () => {
  const contexts = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await requestFactory.newContext()]))) as Record<
    Role,
    APIRequestContext
  >;
  try {
    for (const consoleUrl of ALL_CONSOLE_URLS) {
      if (!(await signIn(contexts.admin, consoleUrl, "admin"))) throw new Error(`the owner ${OWNER.email} cannot sign in on ${consoleUrl}`);
      for (const role of ["operator", "viewer"] as const) {
        if (await signIn(contexts[role], consoleUrl, role)) continue;
        const token = await invite(contexts.admin, consoleUrl, role);
        const { email, password, name } = E2E_MEMBERS[role];
        const joined = await contexts[role].post(`${consoleUrl}/api/invitations/accept`, {
          data: { token, email, password, name },
          headers: originOf(consoleUrl),
        });
        if (!joined.ok())
          throw new Error(`accepting the ${role} invitation on ${consoleUrl} answered ${joined.status()}: ${await joined.text()}`);
      }
    }
    for (const role of ROLES) await contexts[role].storageState({ path: storageStatePath(role) });
  } finally {
    for (const context of Object.values(contexts)) await context.dispose();
  }
});
