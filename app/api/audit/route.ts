import { queryAudit } from "@/lib/auth/audit-query";
import { auditQuerySchema } from "@/lib/contracts/team";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** The audit log, newest first: `?actor=&action=&group=&from=&to=&limit=&cursor=`. Read-only: no route edits or deletes entries. */
export const GET = defineRoute({ access: "admin", query: auditQuerySchema }, async ({ query, deps: { db } }) =>
  Response.json(await queryAudit(db, query), { headers: { "cache-control": "no-store" } }),
);
