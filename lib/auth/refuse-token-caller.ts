import { AppError } from "../http/app-error";
import type { Member } from "./member";

/** Tokens are managed signed in: a leaked token cannot mint itself successors or revoke its owner's others. */
export function refuseTokenCaller(member: Member): void {
  if (member.token) throw new AppError("forbidden", "API tokens are managed in the console while signed in, not with an API token.");
}
