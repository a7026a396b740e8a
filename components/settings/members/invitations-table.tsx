"use client";

import { useInvitations, useRevokeInvitation } from "../../../lib/client/team-queries";
import type { InvitationState } from "../../../lib/contracts/team";
import { Badge, type BadgeTone } from "../../ui/badge";
import { CardTable, DangerActionCell, mutateOnClick } from "../../ui/card-table";
import { ErrorPanel } from "../../ui/error-panel";
import { QueryPending } from "../../ui/query-pending";
import { TD, TR } from "../../ui/table";
import { TimeCell } from "../../ui/time-cell";

const STATE_TONE: Record<InvitationState, BadgeTone> = { pending: "accent", used: "success", revoked: "neutral", expired: "warning" };

/** The invitations made, newest first; a pending one can be revoked. */
export function InvitationsTable() {
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();

  if (!invitations.isSuccess) return <QueryPending query={invitations} what="the invitations" />;
  if (invitations.data.items.length === 0) return <p className="text-sm text-fg-muted">No invitation yet.</p>;

  return (
    <div className="space-y-3">
      {revoke.error && <ErrorPanel error={revoke.error} action="revoke the invitation" />}
      <CardTable
        caption="Invitations"
        columns={["Role", "State", "Created by", "Created", "Expires"]}
        actions
        data-testid="invitations-table"
      >
        {invitations.data.items.map((invitation) => (
          <TR key={invitation.id} data-testid="invitation-row" data-state={invitation.state}>
            <TD>{invitation.role}</TD>
            <TD>
              <Badge tone={STATE_TONE[invitation.state]}>{invitation.state}</Badge>
              {invitation.usedBy && <span className="ml-2 text-xs text-fg-muted">by {invitation.usedBy}</span>}
            </TD>
            <TD className="text-fg-muted">{invitation.createdBy}</TD>
            <TimeCell value={invitation.createdAt} />
            <TimeCell value={invitation.expiresAt} />
            <DangerActionCell
              offered={invitation.state === "pending"}
              {...mutateOnClick(revoke, invitation.id)}
              aria-label={`Revoke the ${invitation.role} invitation created ${new Date(invitation.createdAt).toUTCString()}`}
              data-testid="revoke-invitation"
            >
              Revoke
            </DangerActionCell>
          </TR>
        ))}
      </CardTable>
    </div>
  );
}
