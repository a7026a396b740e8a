import { defineRoute } from "@/lib/http/define-route";
import { checkUpstream } from "@/lib/upstream/check-upstream";

export const dynamic = "force-dynamic";

/** Which upstream the console talks to and whether it answers now. */
export const GET = defineRoute({ access: "viewer" }, async ({ deps: { target, upstreamKind } }) =>
  Response.json(await checkUpstream(target, upstreamKind), { headers: { "cache-control": "no-store" } }),
);
