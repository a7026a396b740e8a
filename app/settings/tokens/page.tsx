import type { Metadata } from "next";
import { SettingsPage } from "@/components/settings/settings-page";
import { SettingsSection } from "@/components/settings/settings-section";
import { CreateTokenForm } from "@/components/settings/tokens/create-token-form";
import { TokensSection } from "@/components/settings/tokens/tokens-section";
import { getPageMember } from "@/lib/auth/page-member.server";

export const metadata: Metadata = { title: "API tokens · Task Group Console" };

// Any member: their own tokens; an admin also sees everyone's.
export default async function TokensPage() {
  const member = await getPageMember();
  return (
    <SettingsPage title="API tokens" testId="tokens-page">
      <SettingsSection
        title="New token"
        description={
          <p>
            A personal token lets a script use this console&apos;s API and the official Parallel SDK as you, without the team&apos;s
            Parallel key. What it does is recorded under your name.
          </p>
        }
        testId="new-token-section"
      >
        <CreateTokenForm />
      </SettingsSection>
      <TokensSection />
      {member?.role === "admin" && <TokensSection everyone />}
    </SettingsPage>
  );
}
