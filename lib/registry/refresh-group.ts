import "server-only";
import { AppError } from "../http/app-error";
import type { TaskGroupResponse } from "../parallel/types";
import type { UpstreamTarget } from "../parallel/upstream-target";
import { callUpstream } from "../parallel/upstream-client.server";
import type { ConsoleDatabase } from "./database-schema";
import { getGroup, groupNotRemembered } from "./get-group";
import { upstreamLabel, type GroupEntry } from "./group-entry";
import { recordGroupStatus } from "./record-group-status";
import { rememberGroup } from "./remember-group";

export interface RefreshGroupParams {
  db: ConsoleDatabase;
  target: UpstreamTarget;
  groupId: string;
  signal?: AbortSignal;
}

/** The group as the upstream has it; an unknown group is a 404 naming the upstream. */
export async function fetchUpstreamGroup({ target, groupId, signal }: Omit<RefreshGroupParams, "db">): Promise<TaskGroupResponse> {
  try {
    return await callUpstream<TaskGroupResponse>({ target, path: `/tasks/groups/${encodeURIComponent(groupId)}`, signal });
  } catch (error) {
    if (error instanceof AppError && error.status === 404) {
      throw new AppError("not_found", `Group ${groupId} was not found at ${upstreamLabel(target)}: ${error.message}`, error.detail);
    }
    throw error;
  }
}

/** Adds the group to the registry (an explicit import, a POST), or refreshes it when already there. */
export async function importGroup(params: RefreshGroupParams & { addedBy?: { id: string; email: string } | null }): Promise<GroupEntry> {
  const group = await fetchUpstreamGroup(params);
  return rememberGroup({ db: params.db, group, upstream: upstreamLabel(params.target), source: "imported", addedBy: params.addedBy });
}

/**
 * Reads a remembered group from the upstream and updates its entry; never adds one, so a GET (a
 * link, a cross-site `<img>`) cannot put a group on the list or bring back a forgotten one. A
 * group the registry lacks is `not_in_registry` when the upstream knows it (import it with a
 * POST), else `not_found`.
 */
export async function refreshGroup(params: RefreshGroupParams): Promise<GroupEntry> {
  const { db, target, groupId } = params;
  if (!(await getGroup({ db, groupId }))) throw await absentGroupError(params);
  const group = await fetchUpstreamGroup(params);
  await db
    .updateTable("groups")
    .set({
      metadata: group.metadata === null ? null : JSON.stringify(group.metadata),
      created_at: group.created_at,
      upstream: upstreamLabel(target),
    })
    .where("id", "=", groupId)
    .execute();
  await recordGroupStatus({ db, groupId, status: group.status, atMs: Date.now() });
  const entry = await getGroup({ db, groupId });
  if (!entry) throw groupNotRemembered(groupId);
  return entry;
}

/** Why a group the registry lacks cannot be read: the upstream knows it (`not_in_registry`), or not (`not_found`). */
export async function absentGroupError(params: Omit<RefreshGroupParams, "db">): Promise<AppError> {
  try {
    await fetchUpstreamGroup(params);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return error;
    throw error;
  }
  return new AppError(
    "not_in_registry",
    `Group ${params.groupId} exists at ${upstreamLabel(params.target)} but is not in this console's list; add it with POST /api/groups/import`,
    { upstream_exists: true },
  );
}
