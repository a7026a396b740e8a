import type { AuthSettings } from "../config/parse-auth-env";
import type { Authenticator } from "./authenticator";
import type { ConsoleAuth } from "./console-auth.server";

/** What routes need to know who is asking and to sign people in: handed in like the database. */
export interface AuthDeps {
  /** Who an API request acts for: its personal API token, or else its session. */
  authenticator: Authenticator;
  /** Session cookies only: pages and the sign-in endpoints, which a token does not open. */
  sessions: Authenticator;
  /** better-auth, for the routes that sign in, sign up and manage sessions. */
  auth: ConsoleAuth;
  settings: AuthSettings;
}
