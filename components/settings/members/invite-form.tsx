"use client";

import { useId, useState, type FormEvent } from "react";
import { ROLES, type Role } from "../../../lib/auth/roles";
import { useCreateInvitation } from "../../../lib/client/team-queries";
import { INVITATION_DAYS } from "../../../lib/contracts/team";
import { Button } from "../../ui/button";
import { ErrorPanel } from "../../ui/error-panel";
import { LABEL, Select } from "../../ui/input";
import { CreatedInvitationLink } from "./created-invitation-link";

type Days = (typeof INVITATION_DAYS)[number];

/** A new invitation (role and expiry); its link is shown once, with a copy button. */
export function InviteForm() {
  const create = useCreateInvitation();
  const [role, setRole] = useState<Role>("viewer");
  const [days, setDays] = useState<Days>(7);
  const roleId = useId();
  const daysId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ role, expiresInDays: days });
  };

  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3" data-testid="invite-form">
        <div className="space-y-1">
          <label htmlFor={roleId} className={LABEL}>
            Role
          </label>
          <Select id={roleId} value={role} onChange={(e) => setRole(e.target.value as Role)} data-testid="invite-role">
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor={daysId} className={LABEL}>
            Expires after
          </label>
          <Select id={daysId} value={days} onChange={(e) => setDays(Number(e.target.value) as Days)} data-testid="invite-expiry">
            {INVITATION_DAYS.map((option) => (
              <option key={option} value={option}>
                {option === 1 ? "1 day" : `${option} days`}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="primary" disabled={create.isPending} data-testid="create-invitation">
          Create invitation
        </Button>
      </form>
      {create.error && <ErrorPanel error={create.error} action="create the invitation" />}
      {create.data && <CreatedInvitationLink key={create.data.id} invitation={create.data} />}
    </div>
  );
}
