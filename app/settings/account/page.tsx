import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/settings/account/change-password-form";
import { SessionsTable } from "@/components/settings/account/sessions-table";
import { SettingsSection } from "@/components/settings/settings-section";
import { getPageMember } from "@/lib/auth/page-member.server";

export const metadata: Metadata = { title: "Account · Task Group Console" };

export default async function AccountPage() {
  const member = await getPageMember();
  return (
    <div className="space-y-6" data-testid="account-page">
      <div className="space-y-1">
        <h1 className="text-xl font-semibold tracking-tight">Account</h1>
        {member && (
          <p className="text-sm text-fg-muted">
            {member.name} · {member.email} · {member.role}
            {member.isOwner ? " (owner)" : ""}
          </p>
        )}
      </div>
      <SettingsSection title="Password">
        <ChangePasswordForm />
      </SettingsSection>
      <SettingsSection
        title="Your sessions"
        description={<p>Every browser or script signed in as you. Ending a session signs it out at once.</p>}
      >
        <SessionsTable />
      </SettingsSection>
    </div>
  );
}
