import "server-only";
import type { ConsoleAuth } from "./console-auth.server";
import { asNewMember } from "./new-member-role";
import type { Role } from "./roles";

export interface NewMemberCredentials {
  name: string;
  email: string;
  password: string;
}

/**
 * Creates a member with email and password and signs them in: the answer carries the session cookie.
 * better-auth hashes the password and makes the session; the role comes from whoever asked (setup or invitation).
 */
export function signUpMember(
  auth: ConsoleAuth,
  request: Request,
  credentials: NewMemberCredentials,
  role: Role,
  isOwner: boolean,
): Promise<Response> {
  return asNewMember({ role, isOwner }, () =>
    auth.api.signUpEmail({ body: { ...credentials, email: credentials.email.toLowerCase() }, headers: request.headers, asResponse: true }),
  );
}
