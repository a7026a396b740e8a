import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { API_TOKEN_PREFIX, type ApiTokenEntry, type ApiTokenScope, type CreatedApiToken } from "../contracts/api-tokens";
import { AppError } from "../http/app-error";
import type { ConsoleDatabase } from "../registry/database-schema";
import type { ApiTokensTable } from "./api-tokens-schema";
import type { Member } from "./member";
import { scopeAllowed } from "./token-role";

const MS_PER_DAY = 86_400_000;
const TOKEN_BYTES = 32;
/** `tgc_` and 8 characters of the secret: enough to tell tokens apart, far too few to guess the rest. */
const HINT_LENGTH = API_TOKEN_PREFIX.length + 8;

export const hashApiToken = (token: string) => createHash("sha256").update(token).digest("hex");

type TokenRow = ApiTokensTable & { member_email: string | null };

function stateOf(row: ApiTokensTable, nowMs: number): ApiTokenEntry["state"] {
  if (row.revoked_at_ms !== null) return "revoked";
  return row.expires_at_ms !== null && Number(row.expires_at_ms) <= nowMs ? "expired" : "active";
}

const isoOf = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

function entryOf(row: TokenRow, nowMs: number): ApiTokenEntry {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope === "write" ? "write" : "read",
    hint: row.hint,
    memberId: row.member_id,
    memberEmail: row.member_email ?? "(removed member)",
    createdAt: new Date(Number(row.created_at_ms)).toISOString(),
    expiresAt: isoOf(row.expires_at_ms),
    lastUsedAt: isoOf(row.last_used_at_ms),
    state: stateOf(row, nowMs),
  };
}

/** A new token for `member`; the token itself is in the answer and nowhere else (only its hash is kept). */
export async function createApiToken(
  db: ConsoleDatabase,
  member: Member,
  { name, scope, expiresInDays }: { name: string; scope: ApiTokenScope; expiresInDays: number },
  nowMs = Date.now(),
): Promise<CreatedApiToken> {
  if (!scopeAllowed(member.role, scope))
    throw new AppError("forbidden", `A ${member.role} can create read tokens only: a write token needs the operator role or above.`, {
      field: "scope",
    });
  const token = `${API_TOKEN_PREFIX}${randomBytes(TOKEN_BYTES).toString("base64url")}`;
  const row: ApiTokensTable = {
    id: randomUUID(),
    member_id: member.id,
    name,
    scope,
    token_hash: hashApiToken(token),
    hint: token.slice(0, HINT_LENGTH),
    created_at_ms: nowMs,
    expires_at_ms: nowMs + expiresInDays * MS_PER_DAY,
    last_used_at_ms: null,
    revoked_at_ms: null,
  };
  await db.insertInto("api_tokens").values(row).execute();
  return { ...entryOf({ ...row, member_email: member.email }, nowMs), token };
}

function tokensWithMembers(db: ConsoleDatabase) {
  return db
    .selectFrom("api_tokens")
    .leftJoin("user", "user.id", "api_tokens.member_id")
    .selectAll("api_tokens")
    .select("user.email as member_email");
}

/** `memberId`'s tokens, or everyone's when null; newest first. */
export async function listApiTokens(db: ConsoleDatabase, memberId: string | null, nowMs = Date.now()): Promise<ApiTokenEntry[]> {
  let query = tokensWithMembers(db).orderBy("api_tokens.created_at_ms", "desc").limit(500);
  if (memberId !== null) query = query.where("api_tokens.member_id", "=", memberId);
  return (await query.execute()).map((row) => entryOf(row, nowMs));
}

/** Revokes a token: its next request is refused. A member revokes their own; an admin anyone's. */
export async function revokeApiToken(db: ConsoleDatabase, actor: Member, id: string, nowMs = Date.now()): Promise<ApiTokenEntry> {
  const row = await tokensWithMembers(db).where("api_tokens.id", "=", id).executeTakeFirst();
  // Someone else's token is "not found" to a non-admin: its existence is not theirs to learn.
  if (!row || (row.member_id !== actor.id && actor.role !== "admin")) throw new AppError("not_found", `No API token with id '${id}'.`);
  if (row.revoked_at_ms !== null) throw new AppError("conflict", `The API token '${row.name}' is already revoked.`);
  await db.updateTable("api_tokens").set({ revoked_at_ms: nowMs }).where("id", "=", id).where("revoked_at_ms", "is", null).execute();
  return entryOf({ ...row, revoked_at_ms: nowMs }, nowMs);
}
