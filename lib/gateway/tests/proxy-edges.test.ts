import { type IncomingHttpHeaders, request } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { deepJsonText } from "@/lib/testing/deep-json";
import { withRoute } from "@/lib/http/with-route";
import { readSse } from "@/lib/testing/sse";
import { createGateway } from "../create-gateway";
import { MAX_ADD_RUNS_BODY_BYTES, proxyCall } from "../proxy-call";
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
  cleanups.push(
    () => gateway.close(),
    () => upstream.close(),
  );
  return { upstream, gateway };
}

const json = (body: unknown) => (_req: unknown, res: import("node:http").ServerResponse) => {
  res.writeHead(200, { "content-type": "application/json", "set-cookie": "upstream=1" });
  res.end(JSON.stringify(body));
};

function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  return rawRequest(url, { headers }).then(({ status, headers }) => ({ status, headers }));
}

/** node:http, which (unlike fetch) sends any method and `Expect: 100-continue` as curl does. */
function rawRequest(
  url: string,
  { method = "GET", headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on("error", reject);
    if (body !== undefined && headers.expect === "100-continue") req.on("continue", () => req.end(body));
    else req.end(body);
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
    const inputs = [
      { processor: "lite", input: "ok" },
      { processor: "lite", input: "x".repeat(25_001) },
    ];
    const response = await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${G}/runs`, {
      method: "POST",
      headers: JSON_TYPE,
      body: JSON.stringify({ inputs }),
    });
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

  it("refuses input nested 5,000 levels deep with a 422 naming the input and the depth limit, before any upstream call", async () => {
    const { upstream, gateway } = await setup(json({}));
    const body = `{"inputs":[{"processor":"lite","input":"ok"},{"processor":"lite","input":${deepJsonText(5_000)}}]}`;
    const response = await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${G}/runs`, { method: "POST", headers: JSON_TYPE, body });
    expect(response.status).toBe(422);
    const answer = (await response.json()) as { error: { message: string } };
    expect(answer.error.message).toBe("inputs[1].input: nested 5000 levels deep; the limit is 64");
    const group = await fetch(`${gateway.baseURL}/v1beta/tasks/groups`, {
      method: "POST",
      headers: JSON_TYPE,
      body: `{"metadata":{},"extra":${deepJsonText(5_000)}}`,
    });
    expect(group.status).toBe(422);
    expect(((await group.json()) as { error: { message: string } }).error.message).toBe("extra: nested 5000 levels deep; the limit is 64");
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
    expect(
      (await create({ ...JSON_TYPE, origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }))
        .status,
    ).toBe(403);
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

describe("what the gateway forwards", () => {
  it("forwards only accept, content-type and parallel-beta to the upstream", async () => {
    const { upstream, gateway } = await setup(json({ taskgroup_id: G }));
    const response = await fetch(`${gateway.baseURL}/v1beta/tasks/groups`, {
      method: "POST",
      headers: {
        accept: "application/json",
        "content-type": "application/json",
        "parallel-beta": "events-sse-2025-07-24",
        cookie: "session=secret",
        authorization: "Bearer client",
        "x-stainless-os": "Linux",
        "x-internal-token": "client-secret",
        "x-forwarded-for": "10.0.0.1",
      },
      body: "{}",
    });
    expect(response.status).toBe(200);
    const seen = upstream.requests[0].headers;
    expect(seen).toMatchObject({
      accept: "application/json",
      "content-type": "application/json",
      "parallel-beta": "events-sse-2025-07-24",
      "x-api-key": "server-key",
    });
    for (const name of ["cookie", "authorization", "x-stainless-os", "x-internal-token", "x-forwarded-for"])
      expect(seen[name], name).toBeUndefined();
  });

  it("takes a large add-runs body sent with Expect: 100-continue, as curl sends it", async () => {
    const { upstream, gateway } = await setup(json({ status: {}, run_ids: [] }));
    const inputs = Array.from({ length: 1_000 }, (_, i) => ({ processor: "lite", input: `${i} ${"x".repeat(24_000)}` }));
    const body = JSON.stringify({ inputs });
    const response = await rawRequest(`${gateway.baseURL}/v1beta/tasks/groups/${G}/runs`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), expect: "100-continue" },
      body,
    });
    expect(response.status, response.text).toBe(200);
    expect(upstream.requests).toHaveLength(1);
    expect(upstream.requests[0].headers.expect).toBeUndefined();
    expect(upstream.requests[0].body.length).toBe(body.length);
  });

  it("relays only the upstream's content and retry headers, never its other headers", async () => {
    const { gateway } = await setup((_req, res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "x-upstream-secret": "s3cret",
        "x-powered-by": "upstream",
        server: "upstream/1.0",
        "set-cookie": "upstream=1",
      });
      res.end(JSON.stringify({ taskgroup_id: G }));
    });
    const response = await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${G}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    for (const name of ["x-upstream-secret", "x-powered-by", "server", "set-cookie"]) expect(response.headers.get(name), name).toBeNull();
  });

  it("forwards each call's own query parameters and refuses any other or invalid one with a 422 naming it, without calling upstream", async () => {
    const { upstream, gateway } = await setup(json({}));
    for (const [path, name, message] of [
      [`/v1beta/tasks/groups/${G}/events?timeout=abc`, "timeout", /must be a number of seconds above 0 and at most 3600 \(got 'abc'\)/],
      [`/v1beta/tasks/groups/${G}/events?timeout=-1`, "timeout", /above 0/],
      [`/v1beta/tasks/groups/${G}/events?timeout=86400`, "timeout", /at most 3600/],
      [`/v1/tasks/runs/${R}/result?timeout=1.5`, "timeout", /whole number of seconds/],
      [
        `/v1beta/tasks/groups/${G}/runs?status=done`,
        "status",
        /must be one of queued, action_required, running, completed, failed, cancelling, cancelled/,
      ],
      [`/v1beta/tasks/groups/${G}/runs?include_input=yes`, "include_input", /must be true or false/],
      [`/v1beta/tasks/groups/${G}/runs?status=queued&status=running`, "status", /given 2 times/],
      [`/v1beta/tasks/groups/${G}?debug=1`, "debug", /is not accepted here \(this call takes none\)/],
      [`/v1beta/tasks/groups/${G}/runs?limit=5`, "limit", /accepted: last_event_id, status, include_input, include_output/],
    ] as const) {
      const response = await fetch(`${gateway.baseURL}${path}`);
      expect(response.status, path).toBe(422);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("validation_failed");
      expect(body.error.message, path).toContain(`Query parameter '${name}'`);
      expect(body.error.message, path).toMatch(message);
    }
    expect(upstream.requests).toHaveLength(0);
    expect((await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${G}?`)).status).toBe(200);
    expect((await fetch(`${gateway.baseURL}/v1/tasks/runs/${R}/result?timeout=0`)).status).toBe(200);
    expect(upstream.requests.map((r) => r.url)).toEqual([`/v1beta/tasks/groups/${G}`, `/v1/tasks/runs/${R}/result?timeout=0`]);
  });

  it("answers 405 with Allow to TRACE and other methods no API call uses, without calling upstream", async () => {
    const { upstream, gateway } = await setup(json({}));
    for (const method of ["TRACE", "PROPFIND"]) {
      const response = await rawRequest(`${gateway.baseURL}/v1beta/tasks/groups/${G}`, { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe("GET, POST");
      expect(JSON.parse(response.text)).toMatchObject({ type: "error", error: { code: "method_not_allowed" } });
    }
    expect(upstream.requests).toHaveLength(0);
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

  it("does not log a client that goes away while the upstream is answering as an error", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    cleanups.push(async () => errors.mockRestore());
    const upstream = await startRecordingUpstream(() => undefined);
    const deps = createGateway({ baseUrl: upstream.url, prefix: "v1beta", apiKey: "server-key" });
    cleanups.push(
      async () => deps.hub.closeAll(),
      () => upstream.close(),
    );
    const handle = withRoute(async (request: Request) => proxyCall(request, ["v1beta", "tasks", "groups", G], deps));
    const abort = new AbortController();
    const answered = handle(new Request(`http://console.test/api/parallel/v1beta/tasks/groups/${G}`, { signal: abort.signal }), {});
    await expect.poll(() => upstream.requests.length, { timeout: 5_000 }).toBe(1);
    abort.abort();
    expect((await answered).status).toBe(499);
    expect(errors).not.toHaveBeenCalled();
  });
});
