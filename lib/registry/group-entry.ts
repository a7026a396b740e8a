import type { Selectable } from "kysely";
import type { Metadata, RunStatus, TaskGroupResponse, TaskGroupStatus } from "../parallel/types";
import type { GroupsTable } from "./database-schema";

/** A remembered group: the upstream's TaskGroupResponse fields plus what the console keeps about it. */
export interface GroupEntry extends TaskGroupResponse {
  name: string | null;
  /** `${baseUrl}/${prefix}` of the API the group lives on. */
  upstream: string;
  source: "created" | "imported";
  is_active: boolean;
  num_runs: number;
  status_counts: Partial<Record<RunStatus, number>>;
  /** When this console first remembered the group, RFC 3339. */
  added_at: string;
  /** When the console last changed the entry (status, rename), RFC 3339. */
  updated_at: string;
  /** The email of the member who created or imported it here; null before sign-in existed. */
  added_by: string | null;
}

export type GroupRow = Selectable<GroupsTable>;

export function toGroupEntry(row: GroupRow): GroupEntry {
  return {
    taskgroup_id: row.id,
    name: row.name,
    metadata: row.metadata === null ? null : (JSON.parse(row.metadata) as Metadata),
    status: JSON.parse(row.status) as TaskGroupStatus,
    created_at: row.created_at,
    upstream: row.upstream,
    source: row.source,
    is_active: row.is_active === 1,
    num_runs: Number(row.num_runs),
    status_counts: JSON.parse(row.status_counts) as GroupEntry["status_counts"],
    added_at: new Date(Number(row.added_at_ms)).toISOString(),
    updated_at: new Date(Number(row.updated_at_ms)).toISOString(),
    added_by: row.added_by_email,
  };
}

/** How the console names its upstream in `groups.upstream`. */
export function upstreamLabel(target: { baseUrl: string; prefix: string }): string {
  return `${target.baseUrl}/${target.prefix}`;
}
