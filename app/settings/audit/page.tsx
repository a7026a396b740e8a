import type { Metadata } from "next";
import { AuditView } from "@/components/settings/audit/audit-view";
import { UrlStateBoundary } from "@/components/ui/url-state-boundary";

export const metadata: Metadata = { title: "Audit log · Task Group Console" };

// Admins only (proxy.ts sends anyone else to /forbidden).
export default function AuditPage() {
  return (
    <UrlStateBoundary loading="Loading the audit log">
      <AuditView />
    </UrlStateBoundary>
  );
}
