import type { Member } from "./member";

/** How a route learns who is asking. Production reads the session cookie (better-auth); tests hand in their own. */
export interface Authenticator {
  /** The signed-in member the request's session belongs to, or null (no, expired or revoked session). */
  memberOf(request: Request): Promise<Member | null>;
}
