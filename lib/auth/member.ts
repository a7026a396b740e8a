import type { Role } from "./roles";

/** The signed-in person a request acts for. */
export interface Member {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The first admin: nobody else can remove or demote them. */
  isOwner: boolean;
  /** The session the request came with (`token:<id>` for a token). */
  sessionId: string;
  /** Set when the request came with a personal API token instead of a session: what it does is attributed to the token too. */
  token?: { id: string; name: string };
}
