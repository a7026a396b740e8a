import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/settings/account/change-password-form";
import { SessionsTable } from "@/components/settings/account/sessions-table";
import { SettingsPage } from "@/components/settings/settings-page";
import { SettingsSection } from "@/components/settings/settings-section";
import { getPageMember } from "@/lib/auth/page-member.server";

export const metadata: Metadata = { title: "Account · Task Group Console" };

export default async function AccountPage() {
  const member = await getPageMember();
  return (
    <SettingsPage
      title="Account"
      testId="account-page"
      subtitle={
        member && (
          <p className="text-sm text-fg-muted">
            {member.name} · {member.email} · {member.role}
            {member.isOwner ? " (owner)" : ""}
          </p>
        )
      }
    >
      <SettingsSection title="Password">
        <ChangePasswordForm />
      </SettingsSection>
      <SettingsSection
        title="Your sessions"
        description={<p>Every browser or script signed in as you. Ending a session signs it out at once.</p>}
      >
        <SessionsTable />
      </SettingsSection>
    </SettingsPage>
  );
}
