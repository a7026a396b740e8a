import "server-only";
import { getConsoleDatabase } from "../registry/console-database.server";
import { getConsoleAuthDeps } from "./console-auth-deps.server";
import { countMembers } from "./count-members";
import type { Member } from "./member";

/** Who opens a page: the console has no owner yet, nobody is signed in, or a member. */
export type PageVisitor = { kind: "setup" } | { kind: "anonymous" } | { kind: "member"; member: Member };

// Once the console has a member it always has one (the owner cannot be removed).
let hasMembers = false;

export async function pageVisitor(request: Request): Promise<PageVisitor> {
  const db = await getConsoleDatabase();
  const { sessions } = await getConsoleAuthDeps(db);
  if (!hasMembers) {
    hasMembers = (await countMembers(db)) > 0;
    if (!hasMembers) return { kind: "setup" };
  }
  const member = await sessions.memberOf(request);
  return member ? { kind: "member", member } : { kind: "anonymous" };
}
