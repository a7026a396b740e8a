"use client";

import { useId } from "react";
import type { CreatedInvitation } from "../../../lib/contracts/team";
import { Card } from "../../ui/card";
import { CopyButton } from "../../ui/copy-button";
import { Input } from "../../ui/input";

/** The new invitation's link: the only time it is shown (only its hash is kept). */
export function CreatedInvitationLink({ invitation }: { invitation: CreatedInvitation }) {
  const fieldId = useId();
  return (
    <Card tone="warning" padding="md" className="space-y-2" data-testid="created-invitation">
      <label htmlFor={fieldId} className="block text-sm font-medium">
        Invitation link for a new {invitation.role}: copy it now, it is not shown again
      </label>
      <div className="flex gap-2">
        <Input
          id={fieldId}
          readOnly
          value={invitation.link}
          className="min-w-0 flex-1 font-mono"
          onFocus={(event) => event.currentTarget.select()}
          data-testid="invitation-link"
        />
        <CopyButton value={invitation.link} label="Copy the invitation link">
          Copy link
        </CopyButton>
      </div>
      <p className="text-xs">It works once and expires {new Date(invitation.expiresAt).toUTCString()}. Send it to the person you invite.</p>
    </Card>
  );
}
