import "server-only";
import { AppError } from "../http/app-error";
import type { TaskGroupResponse } from "../parallel/types";
import type { UpstreamTarget } from "../parallel/upstream-target";
import { callUpstream } from "./call-upstream";
import type { ConsoleDatabase } from "./database-schema";
import { upstreamLabel, type GroupEntry } from "./group-entry";
import { rememberGroup } from "./remember-group";

export interface RefreshGroupParams {
  db: ConsoleDatabase;
  target: UpstreamTarget;
  groupId: string;
  signal?: AbortSignal;
}

/**
 * Reads the group from the upstream and remembers it: a group this console has not seen is
 * imported. Upstream errors keep their status (an unknown group is a 404 naming the upstream).
 */
export async function refreshGroup({ db, target, groupId, signal }: RefreshGroupParams): Promise<GroupEntry> {
  let group: TaskGroupResponse;
  try {
    group = await callUpstream<TaskGroupResponse>({ target, path: `/tasks/groups/${encodeURIComponent(groupId)}`, signal });
  } catch (error) {
    if (error instanceof AppError && error.status === 404) {
      throw new AppError("not_found", `Group ${groupId} was not found at ${upstreamLabel(target)}: ${error.message}`, error.detail);
    }
    throw error;
  }
  return rememberGroup({ db, group, upstream: upstreamLabel(target), source: "imported" });
}
