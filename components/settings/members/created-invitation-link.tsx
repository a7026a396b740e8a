"use client";

import type { CreatedInvitation } from "../../../lib/contracts/team";
import { ShownOnceCard } from "../../ui/shown-once-card";

/** The new invitation's link: the only time it is shown (only its hash is kept). */
export function CreatedInvitationLink({ invitation }: { invitation: CreatedInvitation }) {
  return (
    <ShownOnceCard
      label={`Invitation link for a new ${invitation.role}: copy it now, it is not shown again`}
      value={invitation.link}
      copyLabel="Copy the invitation link"
      copyText="Copy link"
      testId="created-invitation"
      valueTestId="invitation-link"
    >
      It works once and expires {new Date(invitation.expiresAt).toUTCString()}. Send it to the person you invite.
    </ShownOnceCard>
  );
}
