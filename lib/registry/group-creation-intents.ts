import "server-only";
import { AppError } from "../http/app-error";
import type { ConsoleDatabase } from "./database-schema";

/** A creation is kept this long, so a retry within it returns the same group. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1_000;

export interface GroupCreationIntent {
  idempotencyKey: string;
  request: string;
  groupId: string | null;
}

export async function findGroupCreation(db: ConsoleDatabase, idempotencyKey: string): Promise<GroupCreationIntent | null> {
  const row = await db.selectFrom("group_creations").selectAll().where("idempotency_key", "=", idempotencyKey).executeTakeFirst();
  return row ? { idempotencyKey: row.idempotency_key, request: row.request, groupId: row.group_id } : null;
}

/**
 * Records that a group is about to be created upstream. Being a write, it is also the proof that
 * the database takes writes: when it fails, nothing has been created upstream.
 */
export async function recordGroupCreation(
  db: ConsoleDatabase,
  intent: { idempotencyKey: string; request: string; atMs: number },
): Promise<void> {
  await db
    .deleteFrom("group_creations")
    .where("created_at_ms", "<", intent.atMs - IDEMPOTENCY_KEY_TTL_MS)
    .execute();
  try {
    await db
      .insertInto("group_creations")
      .values({ idempotency_key: intent.idempotencyKey, request: intent.request, group_id: null, created_at_ms: intent.atMs })
      .execute();
  } catch (error) {
    if ((error as { code?: unknown }).code === "SQLITE_CONSTRAINT_PRIMARYKEY") throw creationInProgress(intent.idempotencyKey);
    throw error;
  }
}

export async function setCreatedGroupId(db: ConsoleDatabase, idempotencyKey: string, groupId: string): Promise<void> {
  await db.updateTable("group_creations").set({ group_id: groupId }).where("idempotency_key", "=", idempotencyKey).execute();
}

/** Drops an intent whose upstream call failed: nothing was created, so a retry may try again. */
export async function dropGroupCreation(db: ConsoleDatabase, idempotencyKey: string): Promise<void> {
  await db.deleteFrom("group_creations").where("idempotency_key", "=", idempotencyKey).where("group_id", "is", null).execute();
}

export function creationInProgress(idempotencyKey: string): AppError {
  return new AppError(
    "conflict",
    `A request with Idempotency-Key '${idempotencyKey}' is still creating its group, or the console stopped while it did; ` +
      "retry in a moment, or use a new key to create another group.",
    { idempotency_key: idempotencyKey },
  );
}
