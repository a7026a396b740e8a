import "server-only";
import type { ConsoleDatabase } from "./database-schema";

// Parallel retries a delivery with the same id for up to 48 hours; ids are kept longer than that.
export const WEBHOOK_ID_RETENTION_MS = 72 * 60 * 60_000;

/** Records a delivery's `webhook-id`; false when it was seen before (a replay or a retry of one applied). */
export async function recordWebhookDelivery({ db, id, nowMs }: { db: ConsoleDatabase; id: string; nowMs: number }): Promise<boolean> {
  await db
    .deleteFrom("webhook_deliveries")
    .where("received_at_ms", "<", nowMs - WEBHOOK_ID_RETENTION_MS)
    .execute();
  const inserted = await db
    .insertInto("webhook_deliveries")
    .values({ id, received_at_ms: nowMs })
    .onConflict((oc) => oc.column("id").doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}
