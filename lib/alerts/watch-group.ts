import "server-only";
import { finishedCount } from "../../components/group/group-progress-stats";
import type { ConsoleDatabase } from "../registry/database-schema";
import { getGroup } from "../registry/get-group";
import type { GroupSnapshot } from "./evaluate-condition";

/** Active groups and the ones the watcher saw active last time (so it sees them finish), by id. */
export async function groupsToWatch(db: ConsoleDatabase): Promise<string[]> {
  const active = await db.selectFrom("groups").select("id").where("is_active", "=", 1).execute();
  const watched = await db.selectFrom("alert_watches").select("group_id").where("active", "=", 1).execute();
  return [...new Set([...active.map((r) => r.id), ...watched.map((r) => r.group_id)])];
}

/**
 * The group as the registry has it now, with when a run last reached a terminal status; stores
 * what the watcher saw, so stall timing survives a restart. Null when the group was forgotten.
 */
export async function watchGroup(db: ConsoleDatabase, groupId: string, nowMs: number): Promise<Omit<GroupSnapshot, "spendUsd"> | null> {
  const entry = await getGroup({ db, groupId });
  if (!entry) {
    await db.deleteFrom("alert_watches").where("group_id", "=", groupId).execute();
    return null;
  }
  const terminal = finishedCount(entry.status_counts);
  const seen = await db.selectFrom("alert_watches").selectAll().where("group_id", "=", groupId).executeTakeFirst();
  const progressAtMs = seen && Number(seen.terminal_runs) === terminal ? Number(seen.progress_at_ms) : nowMs;
  const watch = { active: entry.is_active ? (1 as const) : (0 as const), terminal_runs: terminal, progress_at_ms: progressAtMs };
  await db
    .insertInto("alert_watches")
    .values({ group_id: groupId, ...watch })
    .onConflict((oc) => oc.column("group_id").doUpdateSet(watch))
    .execute();
  return {
    groupId,
    name: entry.name,
    isActive: entry.is_active,
    numRuns: entry.num_runs,
    counts: entry.status_counts,
    progressAtMs,
  };
}
