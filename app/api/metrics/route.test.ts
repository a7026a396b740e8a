import { describe, expect, it, vi } from "vitest";
import * as gatewayRoute from "@/app/api/parallel/[...path]/route";
import * as groupsRoute from "@/app/api/groups/route";
import * as eventsRoute from "@/app/api/groups/[id]/events/route";
import { callRoute, routeTestDeps, setUpRouteTests } from "@/lib/registry/route-test-support";
import { GET } from "./route";

// Set before the first request reads it: this file proves the scraper-token mode (the route-matrix
// test proves the admins-only mode, with no token).
const METRICS_TOKEN = "metrics-token-for-tests-0123456789";
vi.stubEnv("CONSOLE_METRICS_TOKEN", METRICS_TOKEN);

// Real-time runs: a group stays active while its live stream is watched.
setUpRouteTests({ timeScale: 1 });

async function scrape(authorization?: string): Promise<{ status: number; text: string }> {
  const response = await GET.withDeps(routeTestDeps())(
    new Request("http://console.test/api/metrics", { headers: authorization ? { authorization } : {} }),
    { params: Promise.resolve({}) },
  );
  return { status: response.status, text: await response.text() };
}

/** The value of one sample (`name{labels} value`), 0 when it is not there yet. */
async function sample(series: string): Promise<number> {
  const { text } = await scrape(`Bearer ${METRICS_TOKEN}`);
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

const gateway = (method: "GET" | "POST", path: string, body?: unknown) =>
  callRoute<{ taskgroup_id: string }>(method === "GET" ? gatewayRoute.GET : gatewayRoute.POST, method, `/api/parallel/${path}`, {
    params: { path: path.split("/") },
    body,
  });

describe("GET /api/metrics", () => {
  it("answers only the scraper's bearer token while CONSOLE_METRICS_TOKEN is set", async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape("Bearer wrong-token-of-the-same-len")).status).toBe(401);
    // An admin's session is no substitute: the test deps sign everyone in as an admin.
    const asAdmin = await callRoute(GET, "GET", "/api/metrics");
    expect(asAdmin.status).toBe(401);
    const ok = await scrape(`Bearer ${METRICS_TOKEN}`);
    expect(ok.status).toBe(200);
    for (const name of [
      "console_upstream_request_duration_seconds",
      "console_sse_clients",
      "console_hub_channels",
      "console_hub_upstream_connections",
      "console_run_cache_ingestion_lag_seconds",
      "console_runs_added_total",
      "console_http_responses_total",
      "nodejs_eventloop_lag_seconds",
    ]) {
      expect(ok.text, name).toContain(`# TYPE ${name} `);
    }
  });

  it("counts responses by class, upstream calls by route template and runs added by processor", async () => {
    const ok2xx = await sample('console_http_responses_total{status_class="2xx"}');
    const notFound4xx = await sample('console_http_responses_total{status_class="4xx"}');
    const createCalls = await sample('console_upstream_request_duration_seconds_count{route="/tasks/groups",method="POST",status="200"}');
    const lite = await sample('console_runs_added_total{processor="lite"}');

    const created = await gateway("POST", "v1/tasks/groups", { metadata: { name: "metrics" } });
    expect(created.status).toBe(200);
    const id = created.body.taskgroup_id;
    const added = await gateway("POST", `v1/tasks/groups/${id}/runs`, {
      inputs: [1, 2, 3].map((n) => ({ input: `question ${n}`, processor: "lite" })),
    });
    expect(added.status).toBe(200);
    expect((await gateway("GET", "v1/tasks/groups/tgrp_doesnotexist")).status).toBe(404);

    expect(await sample('console_http_responses_total{status_class="2xx"}')).toBeGreaterThanOrEqual(ok2xx + 2);
    expect(await sample('console_http_responses_total{status_class="4xx"}')).toBeGreaterThanOrEqual(notFound4xx + 1);
    expect(await sample('console_upstream_request_duration_seconds_count{route="/tasks/groups",method="POST",status="200"}')).toBe(
      createCalls + 1,
    );
    expect(
      await sample('console_upstream_request_duration_seconds_count{route="/tasks/groups/[id]",method="GET",status="404"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(await sample('console_runs_added_total{processor="lite"}')).toBe(lite + 3);
    // Never an id as a label value.
    expect((await scrape(`Bearer ${METRICS_TOKEN}`)).text).not.toContain(id);
  });

  it("counts open live streams, hub channels and upstream events connections", async () => {
    const created = await callRoute<{ taskgroup_id: string }>(groupsRoute.POST, "POST", "/api/groups", {
      body: { metadata: { name: "live" } },
    });
    const id = created.body.taskgroup_id;
    await gateway("POST", `v1/tasks/groups/${id}/runs`, { inputs: [{ input: "a long question", processor: "ultra" }] });
    const abort = new AbortController();
    const live = await eventsRoute.GET.withDeps(routeTestDeps())(
      new Request(`http://console.test/api/groups/${id}/events`, { signal: abort.signal }),
      { params: Promise.resolve({ id }) },
    );
    expect(live.headers.get("content-type")).toContain("text/event-stream");
    const reader = live.body!.getReader();
    await reader.read();
    expect(await sample("console_sse_clients")).toBe(1);
    expect(await sample("console_hub_channels")).toBe(1);
    expect(await sample("console_hub_upstream_connections")).toBe(1);
    await reader.cancel();
    abort.abort();
    await vi.waitFor(async () => expect(await sample("console_sse_clients")).toBe(0), { timeout: 10_000 });
    expect(await sample("console_run_cache_ingestion_lag_seconds")).toBeGreaterThanOrEqual(0);
  });
});
