import type { UploadJournal } from "./journal-types";

/** Marks the failed batches pending again, so the next run sends just their rows. */
export async function retryFailedBatches(journal: UploadJournal, uploadId: string): Promise<number> {
  let rows = 0;
  for (const batch of await journal.getBatches(uploadId)) {
    if (batch.state !== "failed") continue;
    rows += batch.remaining.length;
    await journal.putBatch({ ...batch, state: "pending", attempts: 0, error: null });
  }
  return rows;
}
