import { SettingsSection } from "../settings-section";
import { CreateDestinationForm } from "./create-destination-form";
import { DestinationsTable } from "./destinations-table";

/** Where alerts go; `canCreate` (admins) adds the form for a new destination. */
export function DestinationsSection({ canCreate }: { canCreate: boolean }) {
  return (
    <SettingsSection
      title="Destinations"
      description={
        <p>
          Where alerts go: a webhook (JSON signed with the Standard Webhooks scheme), a Slack-compatible webhook, an email address (when the
          console has <code>SMTP_URL</code>), or browser notifications for members with the console open.
        </p>
      }
      testId="destinations-section"
    >
      {canCreate && <CreateDestinationForm />}
      <DestinationsTable />
    </SettingsSection>
  );
}
