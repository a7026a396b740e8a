import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { RunPageSkeleton } from "@/components/run/run-page-skeleton";
import { RunView } from "@/components/run/run-view";
import { GroupImportGate } from "@/components/group/group-import-gate";
import { GROUP_ID_PATTERN, RUN_ID_PATTERN } from "@/lib/parallel/group-reference";
import { isGroupRemembered } from "@/lib/registry/is-group-remembered.server";
import { createServerQueryClient } from "@/lib/ssr/create-server-query-client.server";
import { prefetchRunPage } from "@/lib/ssr/prefetch-run-page.server";

interface Props {
  params: Promise<{ taskgroupId: string; runId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { runId } = await params;
  return { title: `Run ${runId} · Task Group Console` };
}

export default async function RunPage({ params }: Props) {
  const { taskgroupId, runId } = await params;
  if (!GROUP_ID_PATTERN.test(taskgroupId) || !RUN_ID_PATTERN.test(runId)) notFound();
  const remembered = await isGroupRemembered(taskgroupId);
  const queryClient = createServerQueryClient();
  // A shared link shows the run in the first HTML; the browser then follows it live.
  if (remembered) await prefetchRunPage(queryClient, taskgroupId, runId);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      {/* RunView reads `from` (the table's state to return to) from the URL. */}
      <Suspense fallback={<RunPageSkeleton />}>
        <GroupImportGate groupId={taskgroupId} remembered={remembered}>
          <RunView groupId={taskgroupId} runId={runId} />
        </GroupImportGate>
      </Suspense>
    </HydrationBoundary>
  );
}
