import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** Liveness: the process answers. No database, no upstream, no sign-in (orchestrators probe it). */
export const GET = defineRoute({ access: "public", withoutDeps: true }, () =>
  Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } }),
);
