import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewView } from "@/components/review/review-view";
import { UrlStateBoundary } from "@/components/ui/url-state-boundary";
import { GROUP_ID_PATTERN } from "@/lib/parallel/group-reference";

interface Props {
  params: Promise<{ taskgroupId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { taskgroupId } = await params;
  return { title: `Review ${decodeURIComponent(taskgroupId)} · Task Group Console` };
}

export default async function ReviewPage({ params }: Props) {
  const groupId = decodeURIComponent((await params).taskgroupId);
  if (!GROUP_ID_PATTERN.test(groupId)) notFound();
  return (
    // The queue's place and options are in the URL.
    <UrlStateBoundary loading="Loading the review queue">
      <ReviewView groupId={groupId} />
    </UrlStateBoundary>
  );
}
