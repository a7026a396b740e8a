import type { ApiTokenScope } from "../contracts/api-tokens";
import { roleAllows, type Role } from "./roles";

/** What a token may do: a read token acts as a viewer, a write token as its member; never more than the member's role today. */
export function tokenRole(memberRole: Role, scope: ApiTokenScope): Role {
  return scope === "read" ? "viewer" : memberRole;
}

/** Whether a member with `role` may create a token of `scope`: a write token needs a role that can write (operator or above). */
export function scopeAllowed(role: Role, scope: ApiTokenScope): boolean {
  return scope === "read" || roleAllows(role, "operator");
}
