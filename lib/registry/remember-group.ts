import "server-only";
import type { TaskGroupResponse } from "../parallel/types";
import type { ConsoleDatabase } from "./database-schema";
import { getGroup } from "./get-group";
import type { GroupEntry } from "./group-entry";
import { recordGroupStatus } from "./record-group-status";

export interface RememberGroupParams {
  db: ConsoleDatabase;
  group: TaskGroupResponse;
  /** `${baseUrl}/${prefix}`, see `upstreamLabel`. */
  upstream: string;
  source: "created" | "imported";
  /** The member who created or imported it (kept from the first time only). */
  addedBy?: { id: string; email: string } | null;
  atMs?: number;
}

/**
 * Adds the group to the registry, or refreshes what the upstream says about it. A group keeps the
 * source and local name it was first remembered with; its status joins the history.
 */
export async function rememberGroup({
  db,
  group,
  upstream,
  source,
  addedBy = null,
  atMs = Date.now(),
}: RememberGroupParams): Promise<GroupEntry> {
  const metadataName = group.metadata?.name;
  await db
    .insertInto("groups")
    .values({
      id: group.taskgroup_id,
      name: metadataName === undefined || metadataName === "" ? null : String(metadataName),
      metadata: group.metadata === null ? null : JSON.stringify(group.metadata),
      created_at: group.created_at,
      upstream,
      source,
      status: JSON.stringify(group.status),
      is_active: group.status.is_active ? 1 : 0,
      num_runs: group.status.num_task_runs,
      status_counts: JSON.stringify(group.status.task_run_status_counts ?? {}),
      added_at_ms: atMs,
      updated_at_ms: atMs,
      added_by_id: addedBy?.id ?? null,
      added_by_email: addedBy?.email ?? null,
    })
    .onConflict((oc) =>
      oc.column("id").doUpdateSet((eb) => ({
        metadata: eb.ref("excluded.metadata"),
        created_at: eb.ref("excluded.created_at"),
        upstream: eb.ref("excluded.upstream"),
      })),
    )
    .execute();
  await recordGroupStatus({ db, groupId: group.taskgroup_id, status: group.status, atMs });
  const entry = await getGroup({ db, groupId: group.taskgroup_id });
  if (!entry) throw new Error(`Group ${group.taskgroup_id} vanished while it was being remembered`);
  return entry;
}
