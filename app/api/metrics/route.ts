import { getOpsSettings } from "@/lib/config/ops-env";
import { defineRoute } from "@/lib/http/define-route";
import { renderMetrics } from "@/lib/ops/console-metrics";
import { openLiveStreams } from "@/lib/ops/live-streams";
import { ingestionLagSeconds } from "@/lib/run-cache/ingestion-jobs";

export const dynamic = "force-dynamic";

/** Prometheus text. With CONSOLE_METRICS_TOKEN set, only `Authorization: Bearer <token>`; else admins only. */
export const GET = defineRoute({ access: "admin", scraperToken: () => getOpsSettings().metricsToken }, async ({ deps: { gateway } }) => {
  const { body, contentType } = await renderMetrics({
    sseClients: openLiveStreams(),
    hubChannels: gateway.hub.activeChannels,
    hubUpstreamConnections: gateway.hub.openUpstreamConnections,
    ingestionLagSeconds: ingestionLagSeconds(),
  });
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
});
