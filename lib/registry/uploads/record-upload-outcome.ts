import "server-only";
import { AppError } from "../../http/app-error";
import type { ConsoleDatabase } from "../database-schema";
import { requireUpload } from "./get-upload";
import type { UploadBatchesTable, UploadEntry, UploadsTable } from "./uploads-schema";

export interface BatchOutcome {
  state: UploadBatchesTable["state"];
  submitted_rows: number;
  attempts: number;
  error: string | null;
}

/**
 * Records what one batch's request came to, as the browser's journal has it. "done" is final: a
 * late write from a page that was reloaded mid-request cannot turn a finished batch back.
 */
export async function recordBatchOutcome({
  db,
  uploadId,
  index,
  outcome,
  nowMs = Date.now(),
}: {
  db: ConsoleDatabase;
  uploadId: string;
  index: number;
  outcome: BatchOutcome;
  nowMs?: number;
}): Promise<UploadEntry> {
  let update = db
    .updateTable("upload_batches")
    .set({ ...outcome, updated_at_ms: nowMs })
    .where("upload_id", "=", uploadId)
    .where("batch_index", "=", index);
  if (outcome.state !== "done") update = update.where("state", "!=", "done");
  const result = await update.executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const batch = await db
      .selectFrom("upload_batches")
      .select("state")
      .where("upload_id", "=", uploadId)
      .where("batch_index", "=", index)
      .executeTakeFirst();
    if (!batch) throw new AppError("not_found", `Upload ${uploadId} has no batch ${index} recorded in this console`);
    // A late write about a batch already done: ignored.
    return requireUpload({ db, uploadId, withBatches: true });
  }
  await db.updateTable("uploads").set({ updated_at_ms: nowMs }).where("id", "=", uploadId).execute();
  return requireUpload({ db, uploadId, withBatches: true });
}

export async function recordUploadState({
  db,
  uploadId,
  state,
  nowMs = Date.now(),
}: {
  db: ConsoleDatabase;
  uploadId: string;
  state: UploadsTable["state"];
  nowMs?: number;
}): Promise<UploadEntry> {
  const result = await db.updateTable("uploads").set({ state, updated_at_ms: nowMs }).where("id", "=", uploadId).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new AppError("not_found", `Upload ${uploadId} is not recorded in this console`);
  return requireUpload({ db, uploadId, withBatches: true });
}
