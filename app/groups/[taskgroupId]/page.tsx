import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { GroupImportGate } from "@/components/group/group-import-gate";
import { GroupView } from "@/components/group/group-view";
import { Spinner } from "@/components/ui/spinner";
import { GROUP_ID_PATTERN } from "@/lib/parallel/group-reference";
import { isGroupRemembered } from "@/lib/registry/is-group-remembered.server";

interface Props {
  params: Promise<{ taskgroupId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { taskgroupId } = await params;
  return { title: `${decodeURIComponent(taskgroupId)} · Task Group Console` };
}

export default async function GroupPage({ params }: Props) {
  const groupId = decodeURIComponent((await params).taskgroupId);
  // A malformed id cannot name a group anywhere: answer 404 without asking the upstream.
  if (!GROUP_ID_PATTERN.test(groupId)) notFound();
  const remembered = await isGroupRemembered(groupId);
  return (
    // The runs table keeps its view in the URL (nuqs reads search params), which needs a Suspense boundary.
    <Suspense fallback={<Spinner label="Loading the group" />}>
      <GroupImportGate groupId={groupId} remembered={remembered}>
        <GroupView groupId={groupId} />
      </GroupImportGate>
    </Suspense>
  );
}
