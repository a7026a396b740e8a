import type { Metadata } from "next";
import { AlertsPanel } from "@/components/alerts/alerts-panel";
import { SettingsSection } from "@/components/settings/settings-section";
import { CreateDestinationForm } from "@/components/settings/alerts/create-destination-form";
import { DestinationsTable } from "@/components/settings/alerts/destinations-table";
import { getPageMember } from "@/lib/auth/page-member.server";

export const metadata: Metadata = { title: "Alerts · Task Group Console" };

// Every member sees where alerts go and the team's default rules; admins manage destinations, operators rules.
export default async function AlertsSettingsPage() {
  const member = await getPageMember();
  return (
    <div className="space-y-6" data-testid="alerts-settings-page">
      <h1 className="text-xl font-semibold tracking-tight">Alerts</h1>
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
    </div>
  );
}
