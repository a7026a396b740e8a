import { listMembers } from "@/lib/auth/members";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ access: "admin" }, async ({ deps: { db } }) => Response.json({ items: await listMembers(db) }));
