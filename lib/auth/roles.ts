// Shared by the server (route rules) and the browser (what to hide or disable).

/** A member's role, in order of what it allows: each role can do everything the ones before it can. */
export const ROLES = ["viewer", "operator", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Who may call a route: anyone (`public`), or a signed-in member with at least this role. */
export type Access = "public" | Role;

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: "reads groups, runs, outputs, history and exports",
  operator: "also creates groups, uploads, adds runs, retries failed runs, renames and imports groups",
  admin: "also invites and removes members, changes roles, forgets groups and sees the audit log",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Whether a member with `role` may do what needs `needed`. */
export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** The sentence a refused member reads: it names the role needed. */
export function forbiddenMessage(needed: Role, action?: string): string {
  return `${action ? `To ${action} you need` : "This needs"} the ${needed} role or above; ask an admin of this console.`;
}
