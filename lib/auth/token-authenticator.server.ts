import "server-only";
import { AppError } from "../http/app-error";
import type { ConsoleDatabase } from "../registry/database-schema";
import { apiTokenOf } from "./api-token-credential";
import { hashApiToken } from "./api-tokens";
import type { Authenticator } from "./authenticator";
import type { Member } from "./member";
import { isRole } from "./roles";
import { tokenRole } from "./token-role";

/** Last use is written at most this often per token, so a busy script does not write on every call. */
export const LAST_USED_PRECISION_MS = 60_000;

/**
 * The member a personal API token acts for, looked up on every request (so revocation, expiry, a role
 * change or the member's removal count at once), with the token's scope capping the role. A token
 * that does not open is refused with the reason: the script's author reads it.
 */
export async function memberOfApiToken(db: ConsoleDatabase, token: string, nowMs = Date.now()): Promise<Member> {
  const row = await db
    .selectFrom("api_tokens")
    .leftJoin("user", "user.id", "api_tokens.member_id")
    .select([
      "api_tokens.id",
      "api_tokens.name",
      "api_tokens.scope",
      "api_tokens.expires_at_ms",
      "api_tokens.revoked_at_ms",
      "api_tokens.last_used_at_ms",
      "user.id as user_id",
      "user.email",
      "user.name as user_name",
      "user.role",
      "user.isOwner",
    ])
    .where("api_tokens.token_hash", "=", hashApiToken(token))
    .executeTakeFirst();
  if (!row)
    throw new AppError("unauthenticated", "This API token is not known to this console: check it, or create one in Settings → API tokens.");
  const label = `The API token '${row.name}' (${token.slice(0, 8)}…)`;
  if (row.revoked_at_ms !== null) throw new AppError("unauthenticated", `${label} was revoked.`);
  if (row.expires_at_ms !== null && Number(row.expires_at_ms) <= nowMs)
    throw new AppError("unauthenticated", `${label} expired on ${new Date(Number(row.expires_at_ms)).toISOString()}.`);
  if (!row.user_id || !row.email || !isRole(row.role))
    throw new AppError("unauthenticated", `${label} belongs to a member who was removed.`);
  if (row.last_used_at_ms === null || Number(row.last_used_at_ms) <= nowMs - LAST_USED_PRECISION_MS) {
    await db
      .updateTable("api_tokens")
      .set({ last_used_at_ms: nowMs })
      .where("id", "=", row.id)
      .where((eb) => eb.or([eb("last_used_at_ms", "is", null), eb("last_used_at_ms", "<=", nowMs - LAST_USED_PRECISION_MS)]))
      .execute();
  }
  return {
    id: row.user_id,
    email: row.email,
    name: row.user_name ?? row.email,
    role: tokenRole(row.role, row.scope === "write" ? "write" : "read"),
    isOwner: row.isOwner === 1 || row.isOwner === true,
    sessionId: `token:${row.id}`,
    token: { id: row.id, name: row.name },
  };
}

/**
 * Who asks, from either credential: a request that carries a personal API token (`x-api-key` or
 * `Authorization: Bearer`, with the `tgc_` prefix) is decided by that token alone; any other by
 * its session cookie.
 */
export function requestAuthenticator(sessions: Authenticator, db: ConsoleDatabase): Authenticator {
  return {
    memberOf(request) {
      const token = apiTokenOf(request);
      return token === null ? sessions.memberOf(request) : memberOfApiToken(db, token);
    },
  };
}
