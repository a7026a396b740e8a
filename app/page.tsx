import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { SearchParams } from "nuqs/server";
import { GroupsView } from "@/components/groups/groups-view";
import { UrlStateBoundary } from "@/components/ui/url-state-boundary";
import { UpstreamPanel } from "@/components/upstream-panel";
import { getPageMember } from "@/lib/auth/page-member.server";
import { groupsListParams, loadGroupsUrl } from "@/lib/client/groups-view-params";
import { createServerQueryClient } from "@/lib/ssr/create-server-query-client.server";
import { prefetchGroupsList } from "@/lib/ssr/prefetch-groups-list.server";
import { getConfiguredUpstream } from "@/lib/upstream/configured-upstream";

interface Props {
  searchParams: Promise<SearchParams>;
}

export default async function HomePage({ searchParams }: Props) {
  // The groups come from the registry alone; whether the upstream answers is asked by the browser.
  const queryClient = createServerQueryClient();
  const member = await getPageMember();
  await prefetchGroupsList(queryClient, groupsListParams(await loadGroupsUrl(searchParams)), member?.id ?? null);
  return (
    <div className="space-y-6">
      <UpstreamPanel upstream={getConfiguredUpstream()} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <UrlStateBoundary loading="Loading groups">
          <GroupsView />
        </UrlStateBoundary>
      </HydrationBoundary>
    </div>
  );
}
