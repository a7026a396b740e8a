"use client";

import type { Role } from "../../../lib/auth/roles";
import type { MemberEntry } from "../../../lib/contracts/team";
import { Badge } from "../../ui/badge";
import { DangerActionCell } from "../../ui/card-table";
import { TD, TR } from "../../ui/table";
import { TimeCell } from "../../ui/time-cell";
import { MemberRoleSelect } from "./member-role-select";

export interface MemberRowProps {
  member: MemberEntry;
  isMe: boolean;
  /** Whether the signed-in member is the owner: only they change the owner's role. */
  meIsOwner: boolean;
  busy: boolean;
  onChangeRole: (role: Role) => void;
  onRemove: () => void;
}

export function MemberRow({ member, isMe, meIsOwner, busy, onChangeRole, onRemove }: MemberRowProps) {
  const roleLocked = member.isOwner && !meIsOwner;
  return (
    <TR data-testid="member-row" data-email={member.email}>
      <TD>
        <span className="font-medium">{member.name}</span>
        {member.isOwner && (
          <Badge tone="accent" className="ml-2" data-testid="owner-badge">
            Owner
          </Badge>
        )}
        {isMe && <Badge className="ml-2">You</Badge>}
      </TD>
      <TD className="text-fg-muted">{member.email}</TD>
      <TD>
        {roleLocked ? (
          <span data-testid="member-role">{member.role}</span>
        ) : (
          <MemberRoleSelect name={member.name} role={member.role} disabled={busy} onChange={onChangeRole} />
        )}
      </TD>
      <TimeCell value={member.joinedAt} />
      {/* The owner cannot be removed; removing yourself is not offered here. */}
      <DangerActionCell
        offered={!member.isOwner && !isMe}
        onClick={onRemove}
        disabled={busy}
        aria-label={`Remove ${member.name}`}
        data-testid="remove-member"
      >
        Remove
      </DangerActionCell>
    </TR>
  );
}
