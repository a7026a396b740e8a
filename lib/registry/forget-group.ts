import "server-only";
import { forgetIngestion } from "../run-cache/ingestion-jobs";
import { runCacheLockKey } from "../run-cache/run-cache-lock-key";
import type { ConsoleDatabase } from "./database-schema";
import { lockForTransaction } from "./dialect-sql";
import { groupNotRemembered } from "./get-group";

/**
 * Removes the group from this console: its entry, history, cached runs, upload records, review
 * decisions and what this process remembers of its ingestions. The group itself stays upstream (importing it again
 * brings it back). A running ingestion notices at its next batch and stops.
 */
export async function forgetGroup({ db, groupId }: { db: ConsoleDatabase; groupId: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, runCacheLockKey(groupId));
    const result = await trx.deleteFrom("groups").where("id", "=", groupId).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw groupNotRemembered(groupId);
    await trx.deleteFrom("status_samples").where("group_id", "=", groupId).execute();
    await trx.deleteFrom("runs").where("group_id", "=", groupId).execute();
    await trx.deleteFrom("run_digests").where("group_id", "=", groupId).execute();
    await trx.deleteFrom("run_ingest").where("group_id", "=", groupId).execute();
    await trx.deleteFrom("review_decisions").where("group_id", "=", groupId).execute();
    const ids = trx.selectFrom("uploads").select("id").where("group_id", "=", groupId);
    await trx.deleteFrom("upload_batches").where("upload_id", "in", ids).execute();
    await trx.deleteFrom("uploads").where("group_id", "=", groupId).execute();
  });
  forgetIngestion({ db, groupId });
}
