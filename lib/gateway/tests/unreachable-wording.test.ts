import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { UpstreamTarget } from "@/lib/parallel/upstream-target";
import { openTestConsoleDatabase } from "@/lib/testing/test-console-database";
import { importGroup } from "@/lib/registry/refresh-group";
import { readRunsStream } from "@/lib/run-cache/read-runs-stream";
import { probeUpstream } from "@/lib/upstream/probe-upstream";
import { watchGroupLive } from "../watch-group-live";
import { startTestGateway } from "./gateway-harness";

// Every place that calls the upstream says the same thing when it cannot be reached: the registry,
// the gateway's JSON calls and streams, the pages' live view, the run cache and the probe.

const G = "tgrp_0123456789abcdef0123456789abcdef";
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function closedPortTarget(): Promise<UpstreamTarget> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return { baseUrl: `http://127.0.0.1:${port}`, prefix: "v1beta", apiKey: "server-key" };
}

async function messageOf(work: Promise<unknown>): Promise<string> {
  return work.then(
    () => "(no error)",
    (error: unknown) => (error as Error).message,
  );
}

async function gatewayMessage(response: Response): Promise<string> {
  expect(response.status).toBe(502);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("upstream_unreachable");
  return body.error.message;
}

describe("an upstream that cannot be reached", () => {
  it("is named in one wording by every caller", async () => {
    const target = await closedPortTarget();
    const expected = `The upstream API at ${target.baseUrl} is unreachable: connect ECONNREFUSED 127.0.0.1:${new URL(target.baseUrl).port}`;
    const db = await openTestConsoleDatabase();
    const gateway = await startTestGateway(target);
    cleanups.push(
      () => gateway.close(),
      () => db.destroy(),
    );

    const messages = {
      registry: await messageOf(importGroup({ db, target, groupId: G })),
      gatewayJson: await gatewayMessage(await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${G}`)),
      gatewayStream: await gatewayMessage(await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${G}/runs`)),
      liveView: await messageOf(watchGroupLive(gateway.deps, G, null)),
      runCache: await messageOf(
        readRunsStream({ target, groupId: G, query: {}, lastEventId: null, signal: new AbortController().signal }).next(),
      ),
    };
    expect(messages).toEqual({
      registry: expected,
      gatewayJson: expected,
      gatewayStream: expected,
      liveView: expected,
      runCache: expected,
    });

    // The probe reports the cause alone: the page shows it as "unreachable: <cause>".
    const probe = await probeUpstream(target);
    expect(probe.reachable).toBe(false);
    expect(`The upstream API at ${target.baseUrl} is unreachable: ${probe.error}`).toBe(expected);
  });
});
