import { applyBatchEvent } from "./batch-machine";
import { errorText } from "./error-text";
import type { BatchRecord } from "./journal-types";
import { backoffMs } from "./retry-after";
import type { UploadSessionContext } from "./upload-session-context";

/**
 * Reads which of the batches' rows exist upstream (one read of the runs stream for all of them)
 * and shrinks each batch to the rest; retries the read until it succeeds. False when cancelled first.
 */
export async function checkUnknownBatches(session: UploadSessionContext, unknown: BatchRecord[]): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    if (session.cancelled()) return false;
    await session.settle(Math.max(...unknown.map((b) => b.sentAtMs ?? 0)));
    if (session.cancelled()) return false;
    let present: Set<number>;
    try {
      present = await session.settings.api.readUploadRows(session.groupId, session.upload.id, commonCursor(unknown));
    } catch (error) {
      session.message = `Checking which rows already exist: ${errorText(error)}; trying again`;
      session.emit();
      await session.sleep(backoffMs(attempt));
      continue;
    }
    for (const batch of unknown) {
      Object.assign(batch, applyBatchEvent(batch, { type: "rows_found", present }).batch);
      await session.saveBatch(batch);
    }
    return true;
  }
}

/** Runs are read after the cursor every batch was sent after; from the start when they differ. */
function commonCursor(batches: BatchRecord[]): string | null {
  const cursors = new Set(batches.map((b) => b.afterCursor));
  return cursors.size === 1 ? [...cursors][0] : null;
}
