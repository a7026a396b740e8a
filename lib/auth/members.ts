import "server-only";
import type { MemberEntry } from "../contracts/team";
import { AppError } from "../http/app-error";
import type { ConsoleDatabase } from "../registry/database-schema";
import type { Member } from "./member";
import { isRole, type Role } from "./roles";
import { sessionChanges } from "./session-changes";

export async function listMembers(db: ConsoleDatabase): Promise<MemberEntry[]> {
  const rows = await db
    .selectFrom("user")
    .select(["id", "name", "email", "role", "isOwner", "createdAt"])
    .orderBy("createdAt")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    role: isRole(row.role) ? row.role : "viewer",
    isOwner: Boolean(row.isOwner),
    joinedAt: new Date(row.createdAt).toISOString(),
  }));
}

async function memberRow(db: ConsoleDatabase, id: string) {
  const row = await db.selectFrom("user").select(["id", "email", "role", "isOwner"]).where("id", "=", id).executeTakeFirst();
  if (!row) throw new AppError("not_found", `No member with id '${id}'.`);
  return row;
}

async function otherAdmins(db: ConsoleDatabase, exceptId: string): Promise<number> {
  const row = await db
    .selectFrom("user")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("role", "=", "admin")
    .where("id", "!=", exceptId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The owner's role is theirs to change alone, and the team always keeps an admin. */
export async function changeMemberRole(
  db: ConsoleDatabase,
  actor: Member,
  targetId: string,
  role: Role,
): Promise<{ from: string; email: string }> {
  const target = await memberRow(db, targetId);
  if (target.isOwner && actor.id !== target.id) throw new AppError("forbidden", "The owner's role can only be changed by the owner.");
  if (target.role === "admin" && role !== "admin" && (await otherAdmins(db, target.id)) === 0)
    throw new AppError("conflict", "The console must keep at least one admin: make someone else admin first.");
  await db.updateTable("user").set({ role, updatedAt: new Date().toISOString() }).where("id", "=", targetId).execute();
  sessionChanges.announce(targetId);
  return { from: target.role ?? "viewer", email: target.email };
}

/** Removes a member: their sessions end at once, live streams included. */
export async function removeMember(db: ConsoleDatabase, actor: Member, targetId: string): Promise<{ email: string }> {
  const target = await memberRow(db, targetId);
  if (target.isOwner) throw new AppError("forbidden", "The owner cannot be removed.");
  if (target.role === "admin" && (await otherAdmins(db, target.id)) === 0)
    throw new AppError("conflict", "The console must keep at least one admin.");
  if (target.id === actor.id && target.role === "admin" && (await otherAdmins(db, target.id)) === 0)
    throw new AppError("conflict", "The console must keep at least one admin.");
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("session").where("userId", "=", targetId).execute();
    await trx.deleteFrom("account").where("userId", "=", targetId).execute();
    await trx.deleteFrom("user").where("id", "=", targetId).execute();
  });
  sessionChanges.announce(targetId);
  return { email: target.email };
}
