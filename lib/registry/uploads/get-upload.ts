import "server-only";
import { sql } from "kysely";
import { AppError } from "../../http/app-error";
import type { ConsoleDatabase } from "../database-schema";
import type { UploadBatchEntry, UploadEntry, UploadsTable } from "./uploads-schema";

export async function getUpload({
  db,
  uploadId,
  withBatches = false,
}: {
  db: ConsoleDatabase;
  uploadId: string;
  withBatches?: boolean;
}): Promise<UploadEntry | null> {
  const row = await db.selectFrom("uploads").selectAll().where("id", "=", uploadId).executeTakeFirst();
  if (!row) return null;
  const [entry] = await withTotals(db, [row]);
  if (!withBatches) return entry;
  const batches = await db.selectFrom("upload_batches").selectAll().where("upload_id", "=", uploadId).orderBy("batch_index").execute();
  return {
    ...entry,
    batches: batches.map((b): UploadBatchEntry => ({
      index: Number(b.batch_index),
      row_count: Number(b.row_count),
      first_row: Number(b.first_row),
      last_row: Number(b.last_row),
      state: b.state,
      submitted_rows: Number(b.submitted_rows),
      attempts: Number(b.attempts),
      error: b.error,
      updated_at: new Date(Number(b.updated_at_ms)).toISOString(),
    })),
  };
}

export async function requireUpload(params: { db: ConsoleDatabase; uploadId: string; withBatches?: boolean }): Promise<UploadEntry> {
  const entry = await getUpload(params);
  if (!entry) throw new AppError("not_found", `Upload ${params.uploadId} is not recorded in this console`);
  return entry;
}

/** The uploads into a group, newest first. */
export async function listUploads({ db, groupId }: { db: ConsoleDatabase; groupId: string }): Promise<UploadEntry[]> {
  const rows = await db.selectFrom("uploads").selectAll().where("group_id", "=", groupId).orderBy("created_at_ms", "desc").execute();
  return withTotals(db, rows);
}

async function withTotals(db: ConsoleDatabase, rows: UploadsTable[]): Promise<UploadEntry[]> {
  if (rows.length === 0) return [];
  const totals = await db
    .selectFrom("upload_batches")
    .select((eb) => [
      "upload_id",
      eb.fn.sum<number>("submitted_rows").as("submitted"),
      eb.fn.sum<number>(sql<number>`case when state = 'done' then 1 else 0 end`).as("done"),
      eb.fn.sum<number>(sql<number>`case when state = 'failed' then 1 else 0 end`).as("failed"),
    ])
    .where(
      "upload_id",
      "in",
      rows.map((r) => r.id),
    )
    .groupBy("upload_id")
    .execute();
  const byId = new Map(totals.map((t) => [t.upload_id, t]));
  return rows.map((row) => {
    const t = byId.get(row.id);
    return {
      id: row.id,
      group_id: row.group_id,
      kind: row.kind,
      label: row.label,
      total_rows: Number(row.total_rows),
      batch_count: Number(row.batch_count),
      state: row.state,
      submitted_rows: Number(t?.submitted ?? 0),
      batches_done: Number(t?.done ?? 0),
      batches_failed: Number(t?.failed ?? 0),
      created_at: new Date(Number(row.created_at_ms)).toISOString(),
      updated_at: new Date(Number(row.updated_at_ms)).toISOString(),
    };
  });
}
