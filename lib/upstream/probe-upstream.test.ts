import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startRedirectingUpstream } from "../testing/redirecting-upstream";
import { probeUpstream } from "./probe-upstream";

let server: Server | undefined;

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe("probeUpstream", () => {
  it("calls the unknown-group path with the key and calls a 404 reachable", async () => {
    let seen: { url?: string; key?: string | string[] } = {};
    const baseUrl = await serve((req, res) => {
      seen = { url: req.url, key: req.headers["x-api-key"] };
      res.writeHead(404, { "content-type": "application/json" }).end('{"type":"error"}');
    });
    await expect(probeUpstream({ baseUrl, prefix: "v1beta", apiKey: "k" })).resolves.toEqual({
      reachable: true,
      status: 404,
    });
    expect(seen).toEqual({ url: "/v1beta/tasks/groups/tgrp_00000000000000000000000000000000", key: "k" });
  });

  it("reports a rejected key", async () => {
    const baseUrl = await serve((_req, res) => res.writeHead(401).end());
    await expect(probeUpstream({ baseUrl, prefix: "v1", apiKey: "bad" })).resolves.toMatchObject({
      reachable: false,
      status: 401,
    });
  });

  it("reports other statuses as not reachable", async () => {
    const baseUrl = await serve((_req, res) => res.writeHead(503).end());
    const result = await probeUpstream({ baseUrl, prefix: "v1" });
    expect(result).toMatchObject({ reachable: false, status: 503 });
    expect(result.error).toMatch(/503/);
  });

  it("reports a closed port as unreachable with the network error", async () => {
    const baseUrl = await serve((_req, res) => res.end());
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const result = await probeUpstream({ baseUrl, prefix: "v1beta" });
    expect(result.reachable).toBe(false);
    expect(result.status).toBeUndefined();
    expect(result.error).toMatch(/ECONNREFUSED/);
  });

  it("does not follow a redirect, so the key never reaches the other host", async () => {
    const upstream = await startRedirectingUpstream();
    try {
      const result = await probeUpstream({ baseUrl: upstream.url, prefix: "v1beta", apiKey: "k" });
      expect(result.reachable).toBe(false);
      expect(result.error).toMatch(
        /answered a redirect \(302 to http:\/\/127\.0\.0\.1:\d+\/v1beta\/tasks\/groups\/.*\); the console does not follow redirects/,
      );
      expect(upstream.received()).toBe(1);
      expect(upstream.trapped).toEqual([]);
    } finally {
      await upstream.close();
    }
  });

  it("gives up after the timeout", async () => {
    const baseUrl = await serve(() => undefined);
    const result = await probeUpstream({ baseUrl, prefix: "v1beta", timeoutMs: 100 });
    expect(result).toMatchObject({ reachable: false });
    expect(result.error).toMatch(/No answer/);
  });
});
