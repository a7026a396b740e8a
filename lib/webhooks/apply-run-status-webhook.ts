import "server-only";
import type { EventsHub } from "../gateway/events-hub";
import type { UpstreamTarget } from "../parallel/upstream-target";
import type { ConsoleDatabase } from "../registry/database-schema";
import { getGroup } from "../registry/get-group";
import { recordWebhookDelivery } from "../registry/record-webhook-delivery";
import { refreshGroup } from "../registry/refresh-group";
import { updateCachedRun } from "../run-cache/update-cached-run";
import type { TaskRunStatusWebhook } from "./task-run-status-webhook";

export interface WebhookOutcome {
  /** False when this `webhook-id` was applied before: nothing changed. */
  applied: boolean;
  /** The group is on this console's list. */
  known_group: boolean;
  /** The run's cached row changed. */
  run_updated: boolean;
}

export interface ApplyWebhookParams {
  db: ConsoleDatabase;
  target: UpstreamTarget;
  hub: EventsHub;
  webhookId: string;
  webhook: TaskRunStatusWebhook;
  nowMs: number;
  log?: (message: string) => void;
}

/**
 * A verified status change: the run's cached row and the delivery's id change together, so a replay
 * changes nothing. The group's status (counts, is_active) is then read from upstream, since a run's
 * change alone does not give it, and an ended stream kept for the group's live views is dropped.
 */
export async function applyRunStatusWebhook({
  db,
  target,
  hub,
  webhookId,
  webhook,
  nowMs,
  log = console.error,
}: ApplyWebhookParams): Promise<WebhookOutcome> {
  const groupId = webhook.data.taskgroup_id;
  const known = (await getGroup({ db, groupId })) !== null;
  const result = await db.transaction().execute(async (trx) => {
    if (!(await recordWebhookDelivery({ db: trx, id: webhookId, nowMs }))) return null;
    return known ? updateCachedRun({ db: trx, groupId, run: webhook.data }) : false;
  });
  if (result === null) return { applied: false, known_group: known, run_updated: false };
  if (known) {
    // The run is applied already; a group status that cannot be read now is read on the next view.
    await refreshGroup({ db, target, groupId }).catch((error: unknown) =>
      log(`webhook ${webhookId}: could not refresh group ${groupId}: ${error instanceof Error ? error.message : String(error)}`),
    );
    hub.changedElsewhere(groupId);
  }
  return { applied: true, known_group: known, run_updated: result };
}
