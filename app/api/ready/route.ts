import { withRoute } from "@/lib/http/with-route";
import { checkDatabaseReady } from "@/lib/registry/check-database-ready";
import { getConsoleDatabase } from "@/lib/registry/console-database.server";

export const dynamic = "force-dynamic";

/** 200 when the console can serve: its database is the file it opened and takes writes; else 503 naming the problem. */
export const GET = withRoute(async () => {
  await checkDatabaseReady(await getConsoleDatabase());
  return Response.json({ status: "ready", checks: { database: "ok" } }, { headers: { "cache-control": "no-store" } });
});
