import type { Metadata } from "next";
import { AlertsPanel } from "@/components/alerts/alerts-panel";
import { SettingsPage } from "@/components/settings/settings-page";
import { DestinationsSection } from "@/components/settings/alerts/destinations-section";
import { getPageMember } from "@/lib/auth/page-member.server";

export const metadata: Metadata = { title: "Alerts · Task Group Console" };

// Every member sees where alerts go and the team's default rules; admins manage destinations, operators rules.
export default async function AlertsSettingsPage() {
  const member = await getPageMember();
  return (
    <SettingsPage title="Alerts" testId="alerts-settings-page">
      <DestinationsSection canCreate={member?.role === "admin"} />
      <AlertsPanel groupId={null} />
    </SettingsPage>
  );
}
