import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import type { GroupsListParams } from "../client/group-queries";
import { groupKeys } from "../client/query-keys";
import { listGroups } from "../registry/list-groups";
import { productionRouteDeps } from "../http/production-route-deps.server";

/**
 * The home page's groups list, read from the registry as GET /api/groups does (for `added_by=me`,
 * the groups of `memberId`, the member opening the page), under the key useGroups reads. The browser's poll refreshes active rows from upstream afterwards; the page
 * itself never waits on the upstream.
 */
export async function prefetchGroupsList(queryClient: QueryClient, params: GroupsListParams, memberId: string | null): Promise<void> {
  // Nobody to ask for "me": the browser asks itself rather than being handed someone else's list.
  if (params.added_by === "me" && !memberId) return;
  await queryClient.prefetchQuery({
    queryKey: groupKeys.list(params),
    queryFn: async () => {
      const { db } = await productionRouteDeps();
      return listGroups({
        db,
        q: params.q.trim() || undefined,
        sort: params.sort,
        order: params.order,
        limit: params.limit,
        cursor: params.cursor ?? undefined,
        addedById: params.added_by === "me" ? (memberId ?? undefined) : undefined,
      });
    },
  });
}
