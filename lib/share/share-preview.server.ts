import "server-only";
import { finishedCount } from "../../components/group/group-progress-stats";
import type { RunStatus } from "../parallel/types";
import { getConsoleDatabase } from "../registry/console-database.server";
import { getGroup } from "../registry/get-group";
import { UNNAMED_SHARED_GROUP } from "./read-shared-group";
import { openShareLink } from "./share-links";

/** What a link preview (OpenGraph tags and image) shows of a shared group. */
export interface SharePreview {
  name: string;
  total: number;
  finished: number;
  counts: Partial<Record<RunStatus, number>>;
  isActive: boolean;
}

/**
 * The preview of share link `token` from the registry, or null when the link does not open: a
 * crawler's request neither counts as an opening nor reaches the upstream.
 */
export async function readSharePreview(token: string): Promise<SharePreview | null> {
  try {
    const db = await getConsoleDatabase();
    const link = await openShareLink({ db, token });
    const group = await getGroup({ db, groupId: link.groupId });
    if (!group) return null;
    return {
      name: group.name ?? UNNAMED_SHARED_GROUP,
      total: group.num_runs,
      finished: finishedCount(group.status_counts),
      counts: group.status_counts,
      isActive: group.is_active,
    };
  } catch {
    return null;
  }
}

/** "42 of 100 runs finished · running" */
export function describePreview(preview: SharePreview): string {
  return `${preview.finished.toLocaleString("en-US")} of ${preview.total.toLocaleString("en-US")} runs finished · ${preview.isActive ? "running" : "idle"}`;
}
