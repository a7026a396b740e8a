"use client";

import { useInvitations, useRevokeInvitation } from "../../../lib/client/team-queries";
import type { InvitationState } from "../../../lib/contracts/team";
import { Badge, type BadgeTone } from "../../ui/badge";
import { Button } from "../../ui/button";
import { Card } from "../../ui/card";
import { ErrorPanel } from "../../ui/error-panel";
import { RelativeTime } from "../../ui/relative-time";
import { Spinner } from "../../ui/spinner";
import { TBody, TD, TH, THead, TR, Table } from "../../ui/table";

const STATE_TONE: Record<InvitationState, BadgeTone> = { pending: "accent", used: "success", revoked: "neutral", expired: "warning" };

/** The invitations made, newest first; a pending one can be revoked. */
export function InvitationsTable() {
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();

  if (invitations.isPending) return <Spinner label="Loading the invitations" />;
  if (invitations.isError)
    return <ErrorPanel error={invitations.error} action="load the invitations" onRetry={() => void invitations.refetch()} />;
  if (invitations.data.items.length === 0) return <p className="text-sm text-fg-muted">No invitation yet.</p>;

  return (
    <div className="space-y-3">
      {revoke.error && <ErrorPanel error={revoke.error} action="revoke the invitation" />}
      <Card as="div" padding="none" className="overflow-x-auto">
        <Table className="w-full" data-testid="invitations-table">
          <caption className="sr-only">Invitations</caption>
          <THead>
            <tr>
              <TH scope="col">Role</TH>
              <TH scope="col">State</TH>
              <TH scope="col">Created by</TH>
              <TH scope="col">Created</TH>
              <TH scope="col">Expires</TH>
              <TH scope="col">
                <span className="sr-only">Actions</span>
              </TH>
            </tr>
          </THead>
          <TBody>
            {invitations.data.items.map((invitation) => (
              <TR key={invitation.id} data-testid="invitation-row" data-state={invitation.state}>
                <TD>{invitation.role}</TD>
                <TD>
                  <Badge tone={STATE_TONE[invitation.state]}>{invitation.state}</Badge>
                  {invitation.usedBy && <span className="ml-2 text-xs text-fg-muted">by {invitation.usedBy}</span>}
                </TD>
                <TD className="text-fg-muted">{invitation.createdBy}</TD>
                <TD className="whitespace-nowrap text-fg-muted">
                  <RelativeTime value={invitation.createdAt} />
                </TD>
                <TD className="whitespace-nowrap text-fg-muted">
                  <RelativeTime value={invitation.expiresAt} />
                </TD>
                <TD className="text-right">
                  {invitation.state === "pending" && (
                    <Button
                      type="button"
                      variant="danger"
                      size="sm"
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate(invitation.id)}
                      aria-label={`Revoke the ${invitation.role} invitation created ${new Date(invitation.createdAt).toUTCString()}`}
                      data-testid="revoke-invitation"
                    >
                      Revoke
                    </Button>
                  )}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </Card>
    </div>
  );
}
