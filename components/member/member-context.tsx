"use client";

import { createContext, useContext, type ReactNode } from "react";
import { roleGate, type RoleGate } from "../../lib/auth/role-gate";
import type { Role } from "../../lib/auth/roles";
import type { SignedInMember } from "../../lib/contracts/team";

// The signed-in member, read once on the server by the root layout, so every component knows the role
// in the first HTML (no flash of buttons that then turn disabled).
const MemberContext = createContext<SignedInMember | null>(null);

export function MemberProvider({ member, children }: { member: SignedInMember | null; children: ReactNode }) {
  return <MemberContext.Provider value={member}>{children}</MemberContext.Provider>;
}

/** The signed-in member, or null on the pages for people who are not signed in. */
export function useMember(): SignedInMember | null {
  return useContext(MemberContext);
}

/** Whether the signed-in member may use a control that needs `needed`, and the reason shown when not. */
export function useRoleGate(needed: Role): RoleGate {
  return roleGate(useMember()?.role ?? null, needed);
}
