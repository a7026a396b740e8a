import type { AuthDeps } from "../auth/auth-deps";
import type { Authenticator } from "../auth/authenticator";
import { buildAuthDeps } from "../auth/console-auth-deps.server";
import type { Member } from "../auth/member";
import { isRole, type Role } from "../auth/roles";
import type { ConsoleDatabase } from "../registry/database-schema";

// Test-only: members without sign-in, for route tests that are not about sign-in.

export function testMember(role: Role, id = `member-${role}`): Member {
  return { id, email: `${role}@console.test`, name: role, role, isOwner: false, sessionId: `session-${id}` };
}

/** Every request acts for `member` (or nobody, with null). */
export function asMember(member: Member | null): Authenticator {
  return { memberOf: async () => member };
}

/** The request's `x-test-role` header names the member's role; no header is anonymous. */
export const TEST_ROLE_HEADER = "x-test-role";
export const memberByRoleHeader: Authenticator = {
  async memberOf(request) {
    const role = request.headers.get(TEST_ROLE_HEADER);
    return isRole(role) ? testMember(role) : null;
  },
};

/** The real sign-in on `db` (better-auth, no env owner), with `authenticator` deciding who asks (default: an admin). */
export async function testAuthDeps(db: ConsoleDatabase, authenticator: Authenticator = asMember(testMember("admin"))): Promise<AuthDeps> {
  const real = await buildAuthDeps(db, {});
  return { ...real, authenticator };
}
