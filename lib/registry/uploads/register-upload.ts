import "server-only";
import type { ConsoleDatabase } from "../database-schema";
import { getUpload } from "./get-upload";
import type { UploadBatchesTable, UploadEntry, UploadsTable } from "./uploads-schema";

export interface RegisterUploadParams {
  db: ConsoleDatabase;
  upload: Pick<UploadsTable, "id" | "group_id" | "kind" | "label" | "total_rows">;
  batches: Array<{
    index: number;
    row_count: number;
    first_row: number;
    last_row: number;
    /** The browser journal's outcome, when it has one: it wins over the recorded one, except that "done" is final. */
    state?: UploadBatchesTable["state"];
    submitted_rows?: number;
    attempts?: number;
  }>;
  nowMs?: number;
}

/**
 * Records an upload and its batches. Idempotent: a resumed upload registers again. A batch sent
 * without an outcome keeps its recorded one; a batch sent with the journal's outcome takes it,
 * because the journal is the truth and a reload can drop the registry writes still queued.
 */
export async function registerUpload({ db, upload, batches, nowMs = Date.now() }: RegisterUploadParams): Promise<UploadEntry> {
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto("uploads")
      .values({ ...upload, batch_count: batches.length, state: "ready", created_at_ms: nowMs, updated_at_ms: nowMs })
      .onConflict((oc) => oc.column("id").doUpdateSet({ label: upload.label, updated_at_ms: nowMs }))
      .execute();
    for (const batch of batches) {
      const outcome =
        batch.state === undefined ? null : { state: batch.state, submitted_rows: batch.submitted_rows ?? 0, attempts: batch.attempts ?? 0 };
      await tx
        .insertInto("upload_batches")
        .values({
          upload_id: upload.id,
          batch_index: batch.index,
          row_count: batch.row_count,
          first_row: batch.first_row,
          last_row: batch.last_row,
          state: "pending",
          submitted_rows: 0,
          attempts: 0,
          error: null,
          updated_at_ms: nowMs,
          ...outcome,
        })
        .onConflict((oc) =>
          outcome === null
            ? oc.columns(["upload_id", "batch_index"]).doNothing()
            : oc
                .columns(["upload_id", "batch_index"])
                .doUpdateSet({ ...outcome, updated_at_ms: nowMs })
                .where("upload_batches.state", "!=", "done"),
        )
        .execute();
    }
  });
  return (await getUpload({ db, uploadId: upload.id, withBatches: true }))!;
}
