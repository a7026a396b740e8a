import { afterEach, describe, expect, it } from "vitest";
import { readSse } from "@/lib/testing/sse";
import { startRedirectingUpstream, type RedirectingUpstream } from "@/lib/testing/redirecting-upstream";
import { watchGroupLive } from "../watch-group-live";
import { startTestGateway, type TestGateway } from "./gateway-harness";

// undici keeps x-api-key on a redirect to another host: the gateway must never follow one.
const G = "tgrp_0123456789abcdef0123456789abcdef";
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function setup(
  respond?: Parameters<typeof startRedirectingUpstream>[0],
): Promise<{ upstream: RedirectingUpstream; gateway: TestGateway }> {
  const upstream = await startRedirectingUpstream(respond);
  const gateway = await startTestGateway({ baseUrl: upstream.url, prefix: "v1beta", apiKey: "server-key" });
  cleanups.push(
    () => gateway.close(),
    () => upstream.close(),
  );
  return { upstream, gateway };
}

async function expectRedirectError(response: Response): Promise<void> {
  expect(response.status).toBe(502);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("upstream_error");
  expect(body.error.message).toMatch(/answered a redirect \(302 to http:\/\/127\.0\.0\.1:\d+\/.*\); the console does not follow redirects/);
}

/** An upstream whose first answer is `firstBody` (a stream that breaks off) and whose reconnect is redirected. */
async function setupRedirectedReconnect(firstBody: string) {
  const context = await setup((_req, res, redirect) => {
    if (context.upstream.received() > 1) return redirect();
    res.writeHead(200, { "content-type": "text/event-stream" });
    res.end(firstBody);
  });
  return context;
}

async function expectStreamEndsWithRedirectError(response: Response, firstEvent: string, upstream: RedirectingUpstream): Promise<void> {
  const read = await readSse(response);
  expect(read.events.map((e) => e.event)).toEqual([firstEvent, "error"]);
  expect(JSON.stringify(read.events[1].data)).toMatch(/answered a redirect \(302 to /);
  expect(upstream.received()).toBe(2);
  expect(upstream.trapped).toEqual([]);
}

describe("the gateway and upstream redirects", () => {
  it("answers 502 to a proxied call the upstream redirects, and the other host receives nothing", async () => {
    const { upstream, gateway } = await setup();
    await expectRedirectError(await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${G}`));
    await expectRedirectError(
      await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${G}/runs`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ inputs: [{ processor: "lite", input: "ok" }] }),
      }),
    );
    await expectRedirectError(
      await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${G}/runs`, { headers: { accept: "text/event-stream" } }),
    );
    expect(upstream.received()).toBe(3);
    expect(upstream.trapped).toEqual([]);
  });

  it("answers 502 when the events hub's upstream connection is redirected", async () => {
    const { upstream, gateway } = await setup();
    await expectRedirectError(await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${G}/events`));
    await expect(watchGroupLive(gateway.deps, G, null)).rejects.toThrow(/answered a redirect \(302 to /);
    expect(upstream.received()).toBe(2);
    expect(upstream.trapped).toEqual([]);
  });

  it("ends a relayed stream with an error event when its reconnect is redirected", async () => {
    // A cut mid-event: the relay reconnects after r1.
    const { upstream, gateway } = await setupRedirectedReconnect(
      `event: task_run.state\ndata: {"type":"task_run.state","event_id":"r1","run":{}}\n\nevent: task_run.state\ndata: {"ty`,
    );
    await expectStreamEndsWithRedirectError(await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${G}/runs`), "task_run.state", upstream);
  });

  it("ends the hub's shared stream with an error event when its reconnect is redirected", async () => {
    // An active group's stream that closes early: the hub reconnects after e1.
    const { upstream, gateway } = await setupRedirectedReconnect(
      `event: task_group_status\ndata: {"type":"task_group_status","event_id":"e1","status":{"is_active":true}}\n\n`,
    );
    await expectStreamEndsWithRedirectError(
      await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${G}/events`),
      "task_group_status",
      upstream,
    );
  });
});
