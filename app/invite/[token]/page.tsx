import type { Metadata } from "next";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { AuthCard } from "@/components/auth/auth-card";
import { Badge } from "@/components/ui/badge";
import { invitationForPage } from "@/lib/auth/invitation-for-page.server";
import { ROLE_DESCRIPTIONS } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Join · Task Group Console" };

interface Props {
  params: Promise<{ token: string }>;
}

export default async function InvitePage({ params }: Props) {
  const token = decodeURIComponent((await params).token);
  const found = await invitationForPage(token);
  if ("problem" in found) {
    return (
      <AuthCard title="This invitation cannot be used" testId="invitation-unusable">
        <p className="text-sm" role="alert">
          {found.problem}
        </p>
      </AuthCard>
    );
  }
  const { role, expiresAt } = found.invitation;
  return (
    <AuthCard
      title="Join the team"
      testId="invitation-page"
      description={
        <div className="space-y-2">
          <p>
            This invitation gives you the role{" "}
            <Badge tone="accent" data-testid="invitation-role">
              {role}
            </Badge>
            : {ROLE_DESCRIPTIONS[role]}.
          </p>
          <p className="text-xs text-fg-subtle">It expires {new Date(expiresAt).toUTCString()} and works once.</p>
        </div>
      }
    >
      <AcceptInvitationForm token={token} />
    </AuthCard>
  );
}
