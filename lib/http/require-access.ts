import type { Authenticator } from "../auth/authenticator";
import type { Member } from "../auth/member";
import { forbiddenMessage, roleAllows, type Role } from "../auth/roles";
import { AppError } from "./app-error";

export const SIGN_IN_MESSAGE = "Sign in to use this console.";

/** The member the request acts for, if their role allows `needed`: 401 when nobody is signed in, 403 naming the role otherwise. */
export async function requireAccess(request: Request, needed: Role, authenticator: Authenticator): Promise<Member> {
  const member = await authenticator.memberOf(request);
  if (!member) throw new AppError("unauthenticated", SIGN_IN_MESSAGE);
  if (!roleAllows(member.role, needed))
    throw new AppError("forbidden", forbiddenMessage(needed), { role_needed: needed, your_role: member.role });
  return member;
}
