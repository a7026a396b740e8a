import "server-only";
import type { SharedGroup } from "../contracts/share-links";
import type { UpstreamTarget } from "../parallel/upstream-target";
import type { ConsoleDatabase } from "../registry/database-schema";
import { AppError } from "../http/app-error";
import { getGroup } from "../registry/get-group";
import type { GroupEntry } from "../registry/group-entry";
import { refreshGroup } from "../registry/refresh-group";
import { getStatusHistory } from "../registry/get-status-history";
import type { OpenShareLink } from "./share-links";

/** What a share link's group name falls back to: never its id, which a reader could look up elsewhere. */
export const UNNAMED_SHARED_GROUP = "Shared task group";

/**
 * The group a share link opens, as the link shows it: refreshed from upstream (the registry's copy
 * when the upstream does not answer), with its history, and nothing that names a member.
 */
export async function readSharedGroup(params: { db: ConsoleDatabase; target: UpstreamTarget; link: OpenShareLink }): Promise<SharedGroup> {
  const { db, target, link } = params;
  const remembered = await getGroup({ db, groupId: link.groupId });
  // Said without the group's id: the reader of a link was never told it.
  if (!remembered) throw new AppError("not_found", "The shared group is no longer in this console");
  const entry: GroupEntry = await refreshGroup({ db, target, groupId: link.groupId }).catch(() => remembered);
  return {
    name: entry.name ?? UNNAMED_SHARED_GROUP,
    isActive: entry.is_active,
    numRuns: entry.num_runs,
    statusCounts: entry.status_counts,
    statusMessage: entry.status.status_message,
    createdAt: entry.created_at,
    includesData: link.includeData,
    expiresAt: new Date(link.expiresAtMs).toISOString(),
    samples: await getStatusHistory({ db, groupId: link.groupId }),
  };
}
