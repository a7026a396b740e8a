import type { SignedInMember } from "@/lib/contracts/team";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** The signed-in member: who they are and their role (the browser hides what the role cannot do). */
export const GET = defineRoute({ access: "viewer" }, ({ member }) => {
  const me: SignedInMember = { id: member.id, name: member.name, email: member.email, role: member.role, isOwner: member.isOwner };
  return Response.json(me, { headers: { "cache-control": "no-store" } });
});
