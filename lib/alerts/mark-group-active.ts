import type { Transaction } from "kysely";
import type { ConsoleSchema } from "../registry/database-schema";

/**
 * Called wherever the console records a group's status (a page's live view, a webhook, the watcher):
 * a group seen active is watched until the alert watcher itself has seen it end, so a group that
 * finishes between two ticks, with someone's page open, still fires "finished".
 */
export async function markGroupActive(trx: Transaction<ConsoleSchema>, groupId: string, atMs: number): Promise<void> {
  await trx
    .insertInto("alert_watches")
    .values({ group_id: groupId, active: 1, terminal_runs: -1, progress_at_ms: atMs })
    .onConflict((oc) => oc.column("group_id").doUpdateSet({ active: 1 }))
    .execute();
}
