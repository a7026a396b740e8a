import "server-only";
import type { ConsoleDatabase } from "../registry/database-schema";

export interface IngestState {
  runsCursor: string | null;
  passComplete: boolean;
  ingestedCount: number;
  final: boolean;
  lastError: string | null;
}

export async function getIngestState({ db, groupId }: { db: ConsoleDatabase; groupId: string }): Promise<IngestState | null> {
  const row = await db.selectFrom("run_ingest").selectAll().where("group_id", "=", groupId).executeTakeFirst();
  if (!row) return null;
  return {
    runsCursor: row.runs_cursor,
    passComplete: row.pass_complete === 1,
    ingestedCount: Number(row.ingested_count),
    final: row.final === 1,
    lastError: row.last_error,
  };
}

/** Creates the group's ingest record if it has none yet. */
export async function startIngestState({ db, groupId }: { db: ConsoleDatabase; groupId: string }): Promise<void> {
  await db
    .insertInto("run_ingest")
    .values({
      group_id: groupId,
      runs_cursor: null,
      pass_complete: 0,
      ingested_count: 0,
      final: 0,
      last_error: null,
      updated_at_ms: Date.now(),
    })
    .onConflict((oc) => oc.column("group_id").doNothing())
    .execute();
}

/** Changes the group's ingest record; a no-op once the group was forgotten (its record is gone). */
export async function updateIngestState({
  db,
  groupId,
  changes,
}: {
  db: ConsoleDatabase;
  groupId: string;
  changes: Partial<{ pass_complete: 0 | 1; final: 0 | 1; last_error: string | null }>;
}): Promise<void> {
  await db
    .updateTable("run_ingest")
    .set({ ...changes, updated_at_ms: Date.now() })
    .where("group_id", "=", groupId)
    .execute();
}
