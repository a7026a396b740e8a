import "server-only";
import type { Authenticator } from "./authenticator";
import type { ConsoleAuth } from "./console-auth.server";
import { isRole } from "./roles";

/** Reads the member from the request's session cookie; sessions live in the database, so a revoked one fails at once. */
export function sessionAuthenticator(auth: ConsoleAuth): Authenticator {
  return {
    async memberOf(request) {
      const found = await auth.api.getSession({ headers: request.headers, query: { disableCookieCache: true } });
      if (!found) return null;
      const { user, session } = found;
      if (!isRole(user.role)) return null;
      return { id: user.id, email: user.email, name: user.name, role: user.role, isOwner: user.isOwner === true, sessionId: session.id };
    },
  };
}
