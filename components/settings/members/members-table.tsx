"use client";

import { useState } from "react";
import { useChangeRole, useMembers, useRemoveMember } from "../../../lib/client/team-queries";
import type { MemberEntry } from "../../../lib/contracts/team";
import { useMember } from "../../member/member-context";
import { Card } from "../../ui/card";
import { ErrorPanel } from "../../ui/error-panel";
import { Spinner } from "../../ui/spinner";
import { TBody, TH, THead, Table } from "../../ui/table";
import { ConfirmDialog } from "../confirm-dialog";
import { MemberRow } from "./member-row";

/** Everyone in the team with their role; an admin changes roles and removes members (after a confirmation). */
export function MembersTable() {
  const me = useMember();
  const members = useMembers();
  const changeRole = useChangeRole();
  const remove = useRemoveMember();
  const [removing, setRemoving] = useState<MemberEntry | null>(null);

  if (members.isPending) return <Spinner label="Loading the members" />;
  if (members.isError) return <ErrorPanel error={members.error} action="load the members" onRetry={() => void members.refetch()} />;

  const failure = changeRole.error ?? remove.error;
  return (
    <div className="space-y-3">
      {failure && <ErrorPanel error={failure} action={changeRole.error ? "change the role" : "remove the member"} />}
      <Card as="div" padding="none" className="overflow-x-auto">
        <Table className="w-full" data-testid="members-table">
          <caption className="sr-only">Members</caption>
          <THead>
            <tr>
              <TH scope="col">Name</TH>
              <TH scope="col">Email</TH>
              <TH scope="col">Role</TH>
              <TH scope="col">Joined</TH>
              <TH scope="col">
                <span className="sr-only">Actions</span>
              </TH>
            </tr>
          </THead>
          <TBody>
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
          </TBody>
        </Table>
      </Card>
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
