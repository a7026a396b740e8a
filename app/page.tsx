import { connection } from "next/server";
import { Suspense } from "react";
import { GroupsView } from "@/components/groups/groups-view";
import { Spinner } from "@/components/ui/spinner";
import { UpstreamPanel } from "@/components/upstream-panel";
import { checkUpstream } from "@/lib/upstream/check-upstream";

export default async function HomePage() {
  // The upstream comes from the environment of the running server, never the build.
  await connection();
  const upstream = await checkUpstream();
  return (
    <div className="space-y-6">
      <UpstreamPanel status={upstream} />
      {/* The list's view lives in the URL (nuqs reads search params), which needs a Suspense boundary. */}
      <Suspense fallback={<Spinner label="Loading groups" />}>
        <GroupsView />
      </Suspense>
    </div>
  );
}
