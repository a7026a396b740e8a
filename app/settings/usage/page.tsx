import type { Metadata } from "next";
import { UsageView } from "@/components/settings/usage/usage-view";
import { UrlStateBoundary } from "@/components/ui/url-state-boundary";

export const metadata: Metadata = { title: "Usage · Task Group Console" };

// Every member: admins see the team's spend, everyone else their own (GET /api/usage decides).
export default function UsagePage() {
  return (
    <UrlStateBoundary loading="Loading usage">
      <UsageView />
    </UrlStateBoundary>
  );
}
