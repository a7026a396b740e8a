import { roleAllows, type Role } from "./roles";

// What the browser does with a control a role cannot use: disabled, with this reason beside it.

export interface RoleGate {
  allowed: boolean;
  /** Shown next to the disabled control; null when it is allowed. */
  reason: string | null;
}

/** Whether `role` (null: nobody signed in) may use a control that needs `needed`, and if not, why. */
export function roleGate(role: Role | null, needed: Role): RoleGate {
  if (role && roleAllows(role, needed)) return { allowed: true, reason: null };
  return { allowed: false, reason: `Needs the ${needed} role` };
}
