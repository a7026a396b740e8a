import type { Metadata } from "next";
import { Suspense } from "react";
import { UsageView } from "@/components/settings/usage/usage-view";
import { Spinner } from "@/components/ui/spinner";

export const metadata: Metadata = { title: "Usage · Task Group Console" };

// Every member: admins see the team's spend, everyone else their own (GET /api/usage decides).
export default function UsagePage() {
  return (
    // The month lives in the URL (nuqs reads search params), which needs a Suspense boundary.
    <Suspense fallback={<Spinner label="Loading usage" />}>
      <UsageView />
    </Suspense>
  );
}
