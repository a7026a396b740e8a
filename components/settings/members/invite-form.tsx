"use client";

import { useState, type FormEvent } from "react";
import { ROLES, type Role } from "../../../lib/auth/roles";
import { useCreateInvitation } from "../../../lib/client/team-queries";
import { INVITATION_DAYS } from "../../../lib/contracts/team";
import { Button } from "../../ui/button";
import { ErrorPanel } from "../../ui/error-panel";
import { ExpiryDaysField } from "../../ui/expiry-days-field";
import { SelectField } from "../../ui/select-field";
import { CreatedInvitationLink } from "./created-invitation-link";

/** A new invitation (role and expiry); its link is shown once, with a copy button. */
export function InviteForm() {
  const create = useCreateInvitation();
  const [role, setRole] = useState<Role>("viewer");
  const [days, setDays] = useState<(typeof INVITATION_DAYS)[number]>(7);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ role, expiresInDays: days });
  };

  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3" data-testid="invite-form">
        <SelectField label="Role" choices={ROLES} value={role} onChange={setRole} data-testid="invite-role" />
        <ExpiryDaysField choices={INVITATION_DAYS} value={days} onChange={setDays} testId="invite-expiry" />
        <Button type="submit" variant="primary" disabled={create.isPending} data-testid="create-invitation">
          Create invitation
        </Button>
      </form>
      {create.error && <ErrorPanel error={create.error} action="create the invitation" />}
      {create.data && <CreatedInvitationLink key={create.data.id} invitation={create.data} />}
    </div>
  );
}
