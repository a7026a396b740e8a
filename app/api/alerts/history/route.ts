import { alertHistory } from "@/lib/alerts/alert-history";
import { alertHistoryQuerySchema } from "@/lib/contracts/alerts";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** What the alert rules fired, newest first, with each delivery (sent, failed, retrying); one group's with `groupId`. */
export const GET = defineRoute({ access: "viewer", query: alertHistoryQuerySchema }, async ({ query, deps: { db } }) =>
  Response.json({ items: await alertHistory(db, query.groupId) }),
);
