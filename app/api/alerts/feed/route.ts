import { alertFeed } from "@/lib/alerts/alert-history";
import { alertFeedQuerySchema } from "@/lib/contracts/alerts";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** Alerts for browser notifications fired after `after`; `after=0` answers no alerts and a cursor of now. */
export const GET = defineRoute({ access: "viewer", query: alertFeedQuerySchema }, async ({ query, deps: { db } }) =>
  Response.json(await alertFeed(db, query.after, Date.now())),
);
