import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { SearchParams } from "nuqs/server";
import { GroupImportGate } from "@/components/group/group-import-gate";
import { GroupView } from "@/components/group/group-view";
import { UrlStateBoundary } from "@/components/ui/url-state-boundary";
import { loadRunsUrl, runsPageParams, runsViewFrom } from "@/lib/client/runs-view-params";
import { GROUP_ID_PATTERN } from "@/lib/parallel/group-reference";
import { PRODUCT_NAME } from "@/lib/product-name";
import { isGroupRemembered } from "@/lib/registry/is-group-remembered.server";
import { createServerQueryClient } from "@/lib/ssr/create-server-query-client.server";
import { prefetchGroupPage } from "@/lib/ssr/prefetch-group-page.server";

interface Props {
  params: Promise<{ taskgroupId: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { taskgroupId } = await params;
  // A member-only page: its preview (crawlers are never signed in) says no more than the product's name.
  return {
    title: `${decodeURIComponent(taskgroupId)} · ${PRODUCT_NAME}`,
    openGraph: { title: PRODUCT_NAME, siteName: PRODUCT_NAME },
  };
}

export default async function GroupPage({ params, searchParams }: Props) {
  const groupId = decodeURIComponent((await params).taskgroupId);
  // A malformed id cannot name a group anywhere: answer 404 without asking the upstream.
  if (!GROUP_ID_PATTERN.test(groupId)) notFound();
  const remembered = await isGroupRemembered(groupId);
  const queryClient = createServerQueryClient();
  // A shared link shows the group and its first runs in the first HTML; the browser then follows them live.
  if (remembered) await prefetchGroupPage(queryClient, groupId, runsPageParams(runsViewFrom(await loadRunsUrl(searchParams))));
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      {/* The runs table keeps its view in the URL. */}
      <UrlStateBoundary loading="Loading the group">
        <GroupImportGate groupId={groupId} remembered={remembered}>
          <GroupView groupId={groupId} />
        </GroupImportGate>
      </UrlStateBoundary>
    </HydrationBoundary>
  );
}
