import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "../http/app-error";
import { callUpstream, openUpstream, requestUpstream } from "./upstream-client.server";
import { openOkUpstreamStream, openUpstreamStream } from "./upstream-stream.server";
import { UPSTREAM_USER_AGENT, type UpstreamTarget } from "./upstream-target";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

async function upstream(handler: Handler): Promise<UpstreamTarget> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, prefix: "v1", apiKey: "server-key" };
}

/** A base URL where nothing listens. */
async function closedPort(): Promise<UpstreamTarget> {
  const target = await upstream(() => undefined);
  const server = servers.pop()!;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return target;
}

function rejection(promise: Promise<unknown>): Promise<AppError> {
  return promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(AppError);
      return error as AppError;
    },
  );
}

describe("JSON calls", () => {
  it("send the one header set to the one URL, with a JSON body", async () => {
    let seen: { method?: string; url?: string; headers?: IncomingHttpHeaders; body?: string } = {};
    const target = await upstream((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        seen = { method: req.method, url: req.url, headers: req.headers, body };
        res.writeHead(200, { "content-type": "application/json" }).end('{"taskgroup_id":"tgrp_1"}');
      });
    });
    const group = await callUpstream<{ taskgroup_id: string }>({ target, method: "POST", path: "/tasks/groups", json: { metadata: {} } });
    expect(group).toEqual({ taskgroup_id: "tgrp_1" });
    expect(seen).toMatchObject({ method: "POST", url: "/v1/tasks/groups", body: '{"metadata":{}}' });
    expect(seen.headers).toMatchObject({
      accept: "application/json",
      "content-type": "application/json",
      "user-agent": UPSTREAM_USER_AGENT,
      "x-api-key": "server-key",
    });
  });

  it("keep the upstream's status and body on a non-2xx answer", async () => {
    const body = { type: "error", error: { ref_id: "r", message: "slow down" } };
    const target = await upstream((_req, res) => res.writeHead(429, { "content-type": "application/json" }).end(JSON.stringify(body)));
    const error = await rejection(openUpstream({ target, path: "/tasks/groups/tgrp_1" }));
    expect(error).toMatchObject({ status: 429, message: "slow down", detail: { upstream: { status: 429, body } } });
    // The gateway relays it as it came.
    const raw = await requestUpstream({ target, path: "/tasks/groups/tgrp_1" });
    expect(raw.status).toBe(429);
    expect(await raw.json()).toEqual(body);
  });

  it("give up when the upstream does not answer in time, as unreachable", async () => {
    const target = await upstream(() => undefined);
    const error = await rejection(requestUpstream({ target, path: "/tasks/groups/tgrp_1", answerTimeoutMs: 100 }));
    expect(error).toMatchObject({ code: "upstream_unreachable", status: 502 });
    expect(error.message).toBe(`The upstream API at ${target.baseUrl} is unreachable: No answer within 100 ms`);
  });

  it("read a body that comes after the answer at the caller's pace: the answer timeout is over once headers arrived", async () => {
    let finish!: () => void;
    const target = await upstream((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"taskgroup_id":');
      finish = () => res.end('"tgrp_1"}');
    });
    const response = await requestUpstream({ target, path: "/tasks/groups/tgrp_1", answerTimeoutMs: 50 });
    const body = response.text();
    // Four times the answer timeout: an abort still armed would have cut the body by now.
    await new Promise((resolve) => setTimeout(resolve, 200));
    finish();
    expect(await body).toBe('{"taskgroup_id":"tgrp_1"}');
  });

  it("end with the caller's abort, which is not an upstream error", async () => {
    const target = await upstream(() => undefined);
    const abort = new AbortController();
    const call = requestUpstream({ target, path: "/tasks/groups/tgrp_1", signal: abort.signal });
    abort.abort();
    await expect(call).rejects.not.toBeInstanceOf(AppError);
  });
});

describe("streams", () => {
  it("send the one header set asking for SSE, and hand the bytes over as they come", async () => {
    let headers: IncomingHttpHeaders = {};
    let url: string | undefined;
    const target = await upstream((req, res) => {
      ({ headers, url } = req);
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end("event: a\ndata: 1\n\n");
    });
    const stream = await openOkUpstreamStream({ target, path: "/tasks/groups/tgrp_1/runs", query: { include_input: "true" } });
    const chunks: Uint8Array[] = [];
    for await (const chunk of stream.body) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString()).toBe("event: a\ndata: 1\n\n");
    expect(url).toBe("/v1/tasks/groups/tgrp_1/runs?include_input=true");
    expect(headers).toMatchObject({ accept: "text/event-stream", "user-agent": UPSTREAM_USER_AGENT, "x-api-key": "server-key" });
  });

  it("keep the upstream's status and body on a non-2xx answer", async () => {
    const target = await upstream((_req, res) =>
      res.writeHead(404, { "content-type": "application/json" }).end('{"error":{"message":"no such group"}}'),
    );
    const raw = await openUpstreamStream({ target, path: "/tasks/groups/tgrp_1/events" });
    expect(raw.status).toBe(404);
    expect(await raw.text()).toBe('{"error":{"message":"no such group"}}');
    await expect(openOkUpstreamStream({ target, path: "/tasks/groups/tgrp_1/events" })).rejects.toMatchObject({
      status: 404,
      message: "no such group",
    });
  });

  it("close the upstream connection when the caller aborts", async () => {
    let closed!: () => void;
    const upstreamClosed = new Promise<void>((resolve) => (closed = resolve));
    const target = await upstream((req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(": open\n\n");
      req.socket.on("close", () => closed());
    });
    const abort = new AbortController();
    const stream = await openUpstreamStream({ target, path: "/tasks/groups/tgrp_1/events", signal: abort.signal });
    const reading = (async () => {
      for await (const chunk of stream.body) void chunk;
    })();
    abort.abort();
    await expect(reading).rejects.toThrow();
    await upstreamClosed;
  });

  it("refuse a redirect without following it", async () => {
    const target = await upstream((_req, res) => res.writeHead(302, { location: "http://elsewhere.test/steal" }).end());
    const error = await rejection(openUpstreamStream({ target, path: "/tasks/groups/tgrp_1/runs" }));
    expect(error).toMatchObject({ status: 502, code: "upstream_error" });
    expect(error.message).toMatch(/answered a redirect \(302 to http:\/\/elsewhere\.test\/steal\); the console does not follow redirects/);
  });
});

describe("one error for an upstream that cannot be reached", () => {
  it("words it the same for JSON calls and streams", async () => {
    const target = await closedPort();
    const json = await rejection(callUpstream({ target, path: "/tasks/groups/tgrp_1" }));
    const stream = await rejection(openUpstreamStream({ target, path: "/tasks/groups/tgrp_1/runs" }));
    for (const error of [json, stream]) {
      expect(error).toMatchObject({ code: "upstream_unreachable", status: 502 });
      expect(error.message).toMatch(new RegExp(`^The upstream API at ${target.baseUrl} is unreachable: connect ECONNREFUSED`));
    }
    expect(stream.message).toBe(json.message);
  });
});
