import type { Metadata } from "next";
import { AlertsPanel } from "@/components/alerts/alerts-panel";
import { SettingsPage } from "@/components/settings/settings-page";
import { SettingsSection } from "@/components/settings/settings-section";
import { CreateDestinationForm } from "@/components/settings/alerts/create-destination-form";
import { DestinationsTable } from "@/components/settings/alerts/destinations-table";
import { getPageMember } from "@/lib/auth/page-member.server";

export const metadata: Metadata = { title: "Alerts · Task Group Console" };

// Every member sees where alerts go and the team's default rules; admins manage destinations, operators rules.
export default async function AlertsSettingsPage() {
  const member = await getPageMember();
  return (
    <SettingsPage title="Alerts" testId="alerts-settings-page">
      <SettingsSection
        title="Destinations"
        description={
          <p>
            Where alerts go: a webhook (JSON signed with the Standard Webhooks scheme), a Slack-compatible webhook, an email address (when
            the console has <code>SMTP_URL</code>), or browser notifications for members with the console open.
          </p>
        }
        testId="destinations-section"
      >
        {member?.role === "admin" && <CreateDestinationForm />}
        <DestinationsTable />
      </SettingsSection>
      <AlertsPanel groupId={null} />
    </SettingsPage>
  );
}
