import "server-only";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** Figures read from their owners (the gateway, the run cache, the open streams) when the metrics are scraped. */
export interface LiveFigures {
  sseClients: number;
  hubChannels: number;
  hubUpstreamConnections: number;
  ingestionLagSeconds: number;
}

export interface ConsoleMetrics {
  registry: Registry;
  live: Record<keyof LiveFigures, Gauge>;
  upstreamRequestSeconds: Histogram<"route" | "method" | "status">;
  httpResponses: Counter<"status_class">;
  runsAdded: Counter<"processor">;
}

// Upstream answers range from a cached 404 (ms) to a 32 MiB add-runs upload (tens of seconds).
const UPSTREAM_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

function createConsoleMetrics(): ConsoleMetrics {
  const registry = new Registry();
  // Event-loop lag (nodejs_eventloop_lag_*), memory, CPU, handles: prom-client's defaults.
  collectDefaultMetrics({ register: registry });
  const gauge = (name: string, help: string) => new Gauge({ name, help, registers: [registry] });
  const live = {
    sseClients: gauge("console_sse_clients", "Server-Sent Events streams open to clients (live views, share links, the SDK)."),
    hubChannels: gauge("console_hub_channels", "Groups the events hub holds a channel for (live or recently ended)."),
    hubUpstreamConnections: gauge(
      "console_hub_upstream_connections",
      "Upstream events connections the hub holds open (at most one per watched group).",
    ),
    ingestionLagSeconds: gauge(
      "console_run_cache_ingestion_lag_seconds",
      "Seconds since the run-cache ingestion that has waited longest last stored a batch (or started); 0 when none runs.",
    ),
  };
  return {
    registry,
    live,
    upstreamRequestSeconds: new Histogram({
      name: "console_upstream_request_duration_seconds",
      help: "Time until the upstream answered (headers), by route template, method and status ('unreachable' when it did not).",
      labelNames: ["route", "method", "status"],
      buckets: UPSTREAM_BUCKETS_SECONDS,
      registers: [registry],
    }),
    httpResponses: new Counter({
      name: "console_http_responses_total",
      help: "Answers of the console's API routes (the gateway included), by status class.",
      labelNames: ["status_class"],
      registers: [registry],
    }),
    runsAdded: new Counter({
      name: "console_runs_added_total",
      help: "Runs added to groups through the console, by processor.",
      labelNames: ["processor"],
      registers: [registry],
    }),
  };
}

// On globalThis: route handlers are bundled separately, and one scrape must see every route's counts.
const globalForMetrics = globalThis as typeof globalThis & { __consoleMetrics?: ConsoleMetrics };

/** The process's metrics, created on first use. */
export function consoleMetrics(): ConsoleMetrics {
  globalForMetrics.__consoleMetrics ??= createConsoleMetrics();
  return globalForMetrics.__consoleMetrics;
}

/** The Prometheus text of every metric and its content type, the live figures set first. */
export async function renderMetrics(figures: LiveFigures): Promise<{ body: string; contentType: string }> {
  const { registry, live } = consoleMetrics();
  for (const name of Object.keys(live) as (keyof LiveFigures)[]) live[name].set(figures[name]);
  return { body: await registry.metrics(), contentType: registry.contentType };
}
