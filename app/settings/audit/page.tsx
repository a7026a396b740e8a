import type { Metadata } from "next";
import { Suspense } from "react";
import { AuditView } from "@/components/settings/audit/audit-view";
import { Spinner } from "@/components/ui/spinner";

export const metadata: Metadata = { title: "Audit log · Task Group Console" };

// Admins only (proxy.ts sends anyone else to /forbidden).
export default function AuditPage() {
  return (
    // The filters and the page live in the URL (nuqs reads search params), which needs a Suspense boundary.
    <Suspense fallback={<Spinner label="Loading the audit log" />}>
      <AuditView />
    </Suspense>
  );
}
