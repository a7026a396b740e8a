import { connection } from "next/server";
import { EmptyGroups } from "@/components/empty-groups";
import { UpstreamPanel } from "@/components/upstream-panel";
import { checkUpstream } from "@/lib/upstream/check-upstream";

export default async function HomePage() {
  // The upstream comes from the environment of the running server, never the build.
  await connection();
  const upstream = await checkUpstream();
  return (
    <div className="space-y-6">
      <UpstreamPanel status={upstream} />
      <EmptyGroups />
    </div>
  );
}
