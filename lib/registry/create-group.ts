import "server-only";
import type { Metadata, TaskGroupResponse } from "../parallel/types";
import type { UpstreamTarget } from "../parallel/upstream-target";
import { callUpstream } from "./call-upstream";
import type { ConsoleDatabase } from "./database-schema";
import { upstreamLabel, type GroupEntry } from "./group-entry";
import { rememberGroup } from "./remember-group";

export interface CreateGroupParams {
  db: ConsoleDatabase;
  target: UpstreamTarget;
  metadata?: Metadata;
}

/** Creates a group upstream (its name is `metadata.name`) and remembers it as created here. */
export async function createGroup({ db, target, metadata }: CreateGroupParams): Promise<GroupEntry> {
  const group = await callUpstream<TaskGroupResponse>({
    target,
    method: "POST",
    path: "/tasks/groups",
    body: metadata ? { metadata } : {},
  });
  return rememberGroup({ db, group, upstream: upstreamLabel(target), source: "created" });
}
