import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { CreatedInvitation, InvitationEntry, InvitationState } from "../contracts/team";
import { AppError } from "../http/app-error";
import type { ConsoleDatabase } from "../registry/database-schema";
import type { InvitationsTable } from "./teams-schema";
import type { Member } from "./member";
import { isRole, type Role } from "./roles";

const MS_PER_DAY = 86_400_000;
const TOKEN_BYTES = 32;

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

function stateOf(row: InvitationsTable, nowMs: number): InvitationState {
  if (row.used_at_ms !== null) return "used";
  if (row.revoked_at_ms !== null) return "revoked";
  return Number(row.expires_at_ms) <= nowMs ? "expired" : "pending";
}

function entryOf(row: InvitationsTable, nowMs: number): InvitationEntry {
  return {
    id: row.id,
    role: isRole(row.role) ? row.role : "viewer",
    note: row.note,
    createdBy: row.created_by,
    createdAt: new Date(Number(row.created_at_ms)).toISOString(),
    expiresAt: new Date(Number(row.expires_at_ms)).toISOString(),
    state: stateOf(row, nowMs),
    usedBy: row.used_by,
  };
}

/** A new invitation; its link (with the only copy of its secret) is in the answer and nowhere else. */
export async function createInvitation(
  db: ConsoleDatabase,
  actor: Member,
  { role, expiresInDays, note }: { role: Role; expiresInDays: number; note?: string },
  origin: string,
  nowMs = Date.now(),
): Promise<CreatedInvitation> {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  const row: InvitationsTable = {
    id: randomUUID(),
    token_hash: hashOf(token),
    role,
    note: note || null,
    created_by: actor.email,
    created_at_ms: nowMs,
    expires_at_ms: nowMs + expiresInDays * MS_PER_DAY,
    revoked_at_ms: null,
    used_at_ms: null,
    used_by: null,
  };
  await db.insertInto("invitations").values(row).execute();
  return { ...entryOf(row, nowMs), link: `${origin}/invite/${token}` };
}

export async function listInvitations(db: ConsoleDatabase, nowMs = Date.now()): Promise<InvitationEntry[]> {
  const rows = await db.selectFrom("invitations").selectAll().orderBy("created_at_ms", "desc").limit(200).execute();
  return rows.map((row) => entryOf(row, nowMs));
}

export async function revokeInvitation(db: ConsoleDatabase, id: string, nowMs = Date.now()): Promise<void> {
  const result = await db
    .updateTable("invitations")
    .set({ revoked_at_ms: nowMs })
    .where("id", "=", id)
    .where("used_at_ms", "is", null)
    .where("revoked_at_ms", "is", null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const exists = await db.selectFrom("invitations").select("id").where("id", "=", id).executeTakeFirst();
    throw new AppError(
      exists ? "conflict" : "not_found",
      exists ? "This invitation was already used or revoked." : `No invitation with id '${id}'.`,
    );
  }
}

/** The invitation a link's secret opens, if it can still be used; otherwise why not. */
export async function findUsableInvitation(db: ConsoleDatabase, token: string, nowMs = Date.now()): Promise<InvitationEntry> {
  const row = await db.selectFrom("invitations").selectAll().where("token_hash", "=", hashOf(token)).executeTakeFirst();
  if (!row) throw new AppError("not_found", "This invitation link is not valid. Ask an admin for a new one.");
  const state = stateOf(row, nowMs);
  if (state !== "pending")
    throw new AppError("conflict", `This invitation was ${state === "used" ? "already used" : state}. Ask an admin for a new one.`);
  return entryOf(row, nowMs);
}

/**
 * Claims the invitation for `email` (once: a second claim fails), runs `join`, and gives the claim
 * back if joining fails (an email already taken), so the link still works with other details.
 */
export async function claimInvitation<T>(
  db: ConsoleDatabase,
  token: string,
  email: string,
  join: (role: Role) => Promise<T>,
  nowMs = Date.now(),
): Promise<T> {
  const invitation = await findUsableInvitation(db, token, nowMs);
  const claimed = await db
    .updateTable("invitations")
    .set({ used_at_ms: nowMs, used_by: email })
    .where("token_hash", "=", hashOf(token))
    .where("used_at_ms", "is", null)
    .where("revoked_at_ms", "is", null)
    .where("expires_at_ms", ">", nowMs)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 0) throw new AppError("conflict", "This invitation was just used. Ask an admin for a new one.");
  try {
    return await join(invitation.role);
  } catch (error) {
    await db.updateTable("invitations").set({ used_at_ms: null, used_by: null }).where("token_hash", "=", hashOf(token)).execute();
    throw error;
  }
}
