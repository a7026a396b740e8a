import { type IncomingHttpHeaders, request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { readSse } from "@/lib/testing/sse";
import { MAX_ADD_RUNS_BODY_BYTES } from "../proxy-call";
import { startRecordingUpstream, startTestGateway, type TestGateway } from "./gateway-harness";

const G = "tgrp_0123456789abcdef0123456789abcdef";
const R = "trun_0123456789abcdef0123456789abcdef";
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function setup(respond: Parameters<typeof startRecordingUpstream>[0], heartbeatMs?: number) {
  const upstream = await startRecordingUpstream(respond);
  const gateway = await startTestGateway({ baseUrl: upstream.url, prefix: "v1beta", apiKey: "server-key" }, { heartbeatMs });
  cleanups.push(() => gateway.close(), () => upstream.close());
  return { upstream, gateway };
}

const json = (body: unknown) => (_req: unknown, res: import("node:http").ServerResponse) => {
  res.writeHead(200, { "content-type": "application/json", "set-cookie": "upstream=1" });
  res.end(JSON.stringify(body));
};

function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

const JSON_TYPE = { "content-type": "application/json" };

const sse = (gateway: TestGateway, path: string, init?: RequestInit) => fetch(`${gateway.baseURL}${path}`, init);

describe("the gateway's request handling", () => {
  it("adds the server's key, drops the client's key, cookies and hop-by-hop headers", async () => {
    const { upstream, gateway } = await setup(json({ taskgroup_id: G }));
    // node:http rather than fetch: fetch refuses to send a Connection header naming other headers.
    const response = await rawGet(`${gateway.baseURL}/v1beta/tasks/groups/${G}`, {
      "x-api-key": "client-key",
      cookie: "session=secret",
      authorization: "Bearer client",
      "proxy-authorization": "Basic x",
      "x-custom-upgrade": "keep-me",
      connection: "x-custom-upgrade",
      "parallel-beta": "events-sse-2025-07-24",
    });
    expect(response.status).toBe(200);
    expect(response.headers["set-cookie"]).toBeUndefined();
    const seen = upstream.requests[0].headers;
    expect(seen["x-api-key"]).toBe("server-key");
    expect(seen.cookie).toBeUndefined();
    expect(seen.authorization).toBeUndefined();
    expect(seen["proxy-authorization"]).toBeUndefined();
    expect(seen["x-custom-upgrade"]).toBeUndefined();
    expect(seen["parallel-beta"]).toBe("events-sse-2025-07-24");
    expect(upstream.requests[0].url).toBe(`/v1beta/tasks/groups/${G}`);
  });

  it("answers 404 for paths off the allowlist and malformed ids, without calling upstream", async () => {
    const { upstream, gateway } = await setup(json({}));
    for (const [method, path] of [
      ["GET", "/v1beta/tasks/groups"],
      ["DELETE", `/v1beta/tasks/groups/${G}`],
      ["GET", "/v1beta/tasks/groups/tgrp_bad-id"],
      ["GET", `/v1/tasks/runs/${G}/result`],
      ["GET", "/v1/search?q=x"],
      ["POST", "/v1/tasks/runs"],
    ]) {
      const response = await fetch(`${gateway.baseURL}${path}`, { method });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(await response.json()).toMatchObject({ type: "error", error: { code: "not_found" } });
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it("rejects add-runs bodies naming the offending input, before any upstream call", async () => {
    const { upstream, gateway } = await setup(json({}));
    const inputs = [{ processor: "lite", input: "ok" }, { processor: "lite", input: "x".repeat(25_001) }];
    const response = await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${G}/runs`, { method: "POST", headers: JSON_TYPE, body: JSON.stringify({ inputs }) });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/^inputs\[1\]: Task spec plus input is 25001 characters/);
    const tooMany = await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${G}/runs`, {
      method: "POST",
      headers: JSON_TYPE,
      body: JSON.stringify({ inputs: Array.from({ length: 1_001 }, () => inputs[0]) }),
    });
    expect(tooMany.status).toBe(422);
    const malformed = await fetch(`${gateway.baseURL}/v1beta/tasks/groups`, { method: "POST", headers: JSON_TYPE, body: "{nope" });
    expect(malformed.status).toBe(422);
    expect(upstream.requests).toHaveLength(0);
  });

  it("refuses oversize bodies with 413 and foreign origins with 403", async () => {
    const { upstream, gateway } = await setup(json({ taskgroup_id: G }));
    const big = await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${G}/runs`, {
      method: "POST",
      headers: JSON_TYPE,
      body: "x".repeat(MAX_ADD_RUNS_BODY_BYTES + 1),
    });
    expect(big.status).toBe(413);
    const foreign = await fetch(`${gateway.baseURL}/v1beta/tasks/groups`, {
      method: "POST",
      headers: { ...JSON_TYPE, origin: "https://evil.example" },
      body: "{}",
    });
    expect(foreign.status).toBe(403);
    expect(upstream.requests).toHaveLength(0);
    const own = await fetch(`${gateway.baseURL}/v1beta/tasks/groups`, {
      method: "POST",
      headers: { ...JSON_TYPE, origin: gateway.url },
      body: "{}",
    });
    expect(own.status).toBe(200);
  });

  it("refuses what another site's page could send: non-JSON bodies (415), cross-site and foreign-scheme writes (403)", async () => {
    const { upstream, gateway } = await setup(json({ taskgroup_id: G }));
    const create = (headers: Record<string, string>, body = "{}") =>
      fetch(`${gateway.baseURL}/v1beta/tasks/groups`, { method: "POST", headers, body });
    const plain = await create({ "content-type": "text/plain" });
    expect(plain.status).toBe(415);
    expect(((await plain.json()) as { error: { message: string } }).error.message).toBe(
      "POST /api/parallel/v1beta/tasks/groups takes a JSON body: send Content-Type: application/json (got 'text/plain')",
    );
    expect((await create({ "content-type": "application/x-www-form-urlencoded" }, "metadata=x")).status).toBe(415);
    expect((await create({ ...JSON_TYPE, "sec-fetch-site": "cross-site" })).status).toBe(403);
    const https = gateway.url.replace(/^http:/, "https:");
    expect((await create({ ...JSON_TYPE, origin: https })).status).toBe(403);
    // Only a trusted proxy (CONSOLE_TRUST_PROXY) may say which host and scheme the browser used.
    expect((await create({ ...JSON_TYPE, origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" })).status).toBe(403);
    expect(upstream.requests).toHaveLength(0);
  });

  it("passes upstream errors on with their status and body", async () => {
    const { gateway } = await setup((_req, res) => {
      res.writeHead(429, { "content-type": "application/json", "retry-after": "7" });
      res.end(JSON.stringify({ type: "error", error: { ref_id: "r", message: "slow down" } }));
    });
    const response = await fetch(`${gateway.baseURL}/v1/tasks/runs/${R}`);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(await response.json()).toEqual({ type: "error", error: { ref_id: "r", message: "slow down" } });
  });

  it("answers 502 naming the upstream when it is unreachable", async () => {
    const gateway = await startTestGateway({ baseUrl: "http://127.0.0.1:9", prefix: "v1beta", apiKey: "k" });
    cleanups.push(() => gateway.close());
    const response = await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${G}`);
    expect(response.status).toBe(502);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("upstream_unreachable");
    expect(body.error.message).toContain("http://127.0.0.1:9");
  });
});

describe("the gateway's streams", () => {
  it("forwards each event as soon as it arrives", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const { gateway } = await setup(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(`event: task_run.state\ndata: {"type":"task_run.state","event_id":"r1","run":{}}\n\n`);
      await released;
      res.end(`event: task_run.state\ndata: {"type":"task_run.state","event_id":"r2","run":{}}\n\n`);
    });
    const response = await sse(gateway, `/v1beta/tasks/groups/${G}/runs`);
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('"event_id":"r1"');
    expect(first).not.toContain("r2");
    release();
    let rest = "";
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
    expect(rest).toContain('"event_id":"r2"');
  });

  it("maps Last-Event-ID to last_event_id and sends heartbeats while idle", async () => {
    const { upstream, gateway } = await setup(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.flushHeaders();
      await new Promise((resolve) => setTimeout(resolve, 300));
      res.end(`event: task_run.state\ndata: {"type":"task_run.state","event_id":"r9","run":{}}\n\n`);
    }, 50);
    const read = await readSse(await sse(gateway, `/v1beta/tasks/groups/${G}/runs`, { headers: { "last-event-id": "r8" } }));
    expect(upstream.requests[0].url).toBe(`/v1beta/tasks/groups/${G}/runs?last_event_id=r8`);
    expect(read.comments.filter((c) => c === "ping").length).toBeGreaterThanOrEqual(2);
    expect(read.events.map((e) => (e.data as { event_id: string }).event_id)).toEqual(["r9"]);
    expect(read.headers.get("cache-control")).toBe("no-cache, no-transform");
  });

  it("aborts the upstream request when the client goes away", async () => {
    const { upstream, gateway } = await setup((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(": open\n\n");
    });
    const abort = new AbortController();
    const response = await sse(gateway, `/v1beta/tasks/groups/${G}/runs`, { signal: abort.signal });
    expect(response.status).toBe(200);
    abort.abort();
    await expect.poll(() => upstream.requests[0]?.closedEarly, { timeout: 5_000 }).toBe(true);
  });
});
