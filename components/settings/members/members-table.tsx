"use client";

import { useState } from "react";
import { useChangeRole, useMembers, useRemoveMember } from "../../../lib/client/team-queries";
import type { MemberEntry } from "../../../lib/contracts/team";
import { useMember } from "../../member/member-context";
import { CardTable } from "../../ui/card-table";
import { ErrorPanel } from "../../ui/error-panel";
import { QueryPending } from "../../ui/query-pending";
import { ConfirmDialog } from "../confirm-dialog";
import { MemberRow } from "./member-row";

/** Everyone in the team with their role; an admin changes roles and removes members (after a confirmation). */
export function MembersTable() {
  const me = useMember();
  const members = useMembers();
  const changeRole = useChangeRole();
  const remove = useRemoveMember();
  const [removing, setRemoving] = useState<MemberEntry | null>(null);

  if (!members.isSuccess) return <QueryPending query={members} what="the members" />;

  const failure = changeRole.error ?? remove.error;
  return (
    <div className="space-y-3">
      {failure && <ErrorPanel error={failure} action={changeRole.error ? "change the role" : "remove the member"} />}
      <CardTable caption="Members" columns={["Name", "Email", "Role", "Joined"]} actions data-testid="members-table">
        {members.data.items.map((member) => (
          <MemberRow
            key={member.id}
            member={member}
            isMe={member.id === me?.id}
            meIsOwner={me?.isOwner === true}
            busy={changeRole.isPending || remove.isPending}
            onChangeRole={(role) => {
              remove.reset();
              changeRole.mutate({ id: member.id, role });
            }}
            onRemove={() => {
              changeRole.reset();
              remove.reset();
              setRemoving(member);
            }}
          />
        ))}
      </CardTable>
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? ""}?`}
        confirmLabel="Remove"
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing.id, { onSettled: () => setRemoving(null) })}
      >
        <p>
          {removing?.email} loses access at once: their sessions end and their open pages stop. They can only come back with a new
          invitation.
        </p>
      </ConfirmDialog>
    </div>
  );
}
