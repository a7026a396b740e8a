import { SettingsSection } from "../settings-section";
import { TokensTable } from "./tokens-table";

/** The signed-in member's tokens, or with `everyone` (admins) every member's. */
export function TokensSection({ everyone = false }: { everyone?: boolean }) {
  return everyone ? (
    <SettingsSection
      title="Every member's tokens"
      description={<p>As an admin you can revoke anyone&apos;s token.</p>}
      testId="all-tokens-section"
    >
      <TokensTable everyone />
    </SettingsSection>
  ) : (
    <SettingsSection title="Your tokens" testId="your-tokens-section">
      <TokensTable />
    </SettingsSection>
  );
}
