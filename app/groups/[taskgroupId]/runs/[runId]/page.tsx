import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { RunPageSkeleton } from "@/components/run/run-page-skeleton";
import { RunView } from "@/components/run/run-view";
import { GroupImportGate } from "@/components/group/group-import-gate";
import { GROUP_ID_PATTERN, RUN_ID_PATTERN } from "@/lib/parallel/group-reference";
import { isGroupRemembered } from "@/lib/registry/is-group-remembered.server";

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
  return (
    // RunView reads `from` (the table's state to return to) from the URL.
    <Suspense fallback={<RunPageSkeleton />}>
      <GroupImportGate groupId={taskgroupId} remembered={remembered}>
        <RunView groupId={taskgroupId} runId={runId} />
      </GroupImportGate>
    </Suspense>
  );
}
