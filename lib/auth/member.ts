import type { Role } from "./roles";

/** The signed-in person a request acts for. */
export interface Member {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The first admin: nobody else can remove or demote them. */
  isOwner: boolean;
  /** The session the request came with. */
  sessionId: string;
}
