import type { ReadyStatus } from "@/lib/contracts/ready";
import { checkReadiness } from "@/lib/ops/check-readiness";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** Readiness: 200 when the database takes writes and the upstream answers, each check timed; else a 503 naming the one that failed. */
export const GET = defineRoute({ access: "public" }, async ({ deps: { db, target } }) => {
  const ready: ReadyStatus = { status: "ready", checks: await checkReadiness(db, target) };
  return Response.json(ready, { headers: { "cache-control": "no-store" } });
});
