import type { Metadata } from "next";
import { SettingsPage } from "@/components/settings/settings-page";
import { SettingsSection } from "@/components/settings/settings-section";
import { InvitationsTable } from "@/components/settings/members/invitations-table";
import { InviteForm } from "@/components/settings/members/invite-form";
import { MembersTable } from "@/components/settings/members/members-table";
import { ROLE_DESCRIPTIONS, ROLES } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Members · Task Group Console" };

// Admins only (proxy.ts sends anyone else to /forbidden).
export default function MembersPage() {
  return (
    <SettingsPage title="Members" testId="members-page">
      <SettingsSection
        title="Team"
        description={
          <ul className="list-disc pl-5">
            {ROLES.map((role) => (
              <li key={role}>
                <strong>{role}</strong>: {ROLE_DESCRIPTIONS[role]}
              </li>
            ))}
          </ul>
        }
      >
        <MembersTable />
      </SettingsSection>
      <SettingsSection
        title="Invite"
        description={<p>An invitation link signs one person up with the role you pick. No email is sent: copy the link and share it.</p>}
        testId="invite-section"
      >
        <InviteForm />
      </SettingsSection>
      <SettingsSection title="Invitations" testId="invitations-section">
        <InvitationsTable />
      </SettingsSection>
    </SettingsPage>
  );
}
