"use client";

import { ROLES, type Role } from "../../../lib/auth/roles";
import { Select } from "../../ui/input";

/** A member's role, changed as soon as another is picked. */
export function MemberRoleSelect({
  name,
  role,
  disabled,
  onChange,
}: {
  name: string;
  role: Role;
  disabled: boolean;
  onChange: (role: Role) => void;
}) {
  return (
    <Select
      size="sm"
      value={role}
      disabled={disabled}
      aria-label={`Role of ${name}`}
      onChange={(event) => onChange(event.target.value as Role)}
      data-testid="member-role-select"
    >
      {ROLES.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </Select>
  );
}
