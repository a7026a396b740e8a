import "server-only";
import type { SignInOptions } from "../contracts/team";
import { getConsoleDatabase } from "../registry/console-database.server";
import { getConsoleAuthDeps } from "./console-auth-deps.server";
import { countMembers } from "./count-members";

/** What GET /api/setup answers, for the sign-in and setup pages' first HTML. */
export async function getSignInOptions(): Promise<SignInOptions> {
  const db = await getConsoleDatabase();
  const { settings } = await getConsoleAuthDeps(db);
  return {
    needsSetup: (await countMembers(db)) === 0,
    singleSignOn: settings.oidc ? { name: settings.oidc.name } : null,
  };
}
