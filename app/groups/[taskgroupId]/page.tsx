import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { GroupView } from "@/components/group/group-view";
import { Spinner } from "@/components/ui/spinner";
import { GROUP_ID_PATTERN } from "@/lib/registry/group-reference";

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
  return (
    // The runs table keeps its view in the URL (nuqs reads search params), which needs a Suspense boundary.
    <Suspense fallback={<Spinner label="Loading the group" />}>
      <GroupView groupId={groupId} />
    </Suspense>
  );
}
