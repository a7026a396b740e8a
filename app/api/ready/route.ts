import type { ReadyStatus } from "@/lib/contracts/ready";
import { defineRoute } from "@/lib/http/define-route";
import { checkDatabaseReady } from "@/lib/registry/check-database-ready";

export const dynamic = "force-dynamic";

/** 200 when the console can serve: its database is the file it opened and takes writes; else 503 naming the problem. */
export const GET = defineRoute({ access: "public" }, async ({ deps: { db } }) => {
  await checkDatabaseReady(db);
  const ready: ReadyStatus = { status: "ready", checks: { database: "ok" } };
  return Response.json(ready, { headers: { "cache-control": "no-store" } });
});
