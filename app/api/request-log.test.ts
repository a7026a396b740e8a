import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as gatewayRoute from "@/app/api/parallel/[...path]/route";
import * as groupsRoute from "@/app/api/groups/route";
import * as shareRoute from "@/app/api/share/[token]/route";
import { createGateway } from "@/lib/gateway/create-gateway";
import { registryHooks } from "@/lib/gateway/registry-hooks";
import type { BuiltRoute } from "@/lib/http/define-route";
import type { RouteDeps } from "@/lib/http/route-deps";
import { requestLogger, setRequestLogger, type RequestLogLine } from "@/lib/ops/request-log";
import { routeTestDeps, setUpRouteTests } from "@/lib/registry/route-test-support";

// The team's API key, a member's token, a session cookie, a share link's token, a query-string token
// and a run's input go through a route and the gateway; the request log must hold none of them.
const API_KEY = "sk-canary-api-key-1f2e3d";
const MEMBER_TOKEN = "tgc_canarymembertoken9x8y7z";
const COOKIE = "better-auth.session_token=canary-session-cookie-5a6b";
const SHARE_TOKEN = "canarysharetoken";
const QUERY_TOKEN = "canary-query-token-4c4c";
const INPUT = "canary input: what is the revenue of ACME?";
const SECRETS = [API_KEY, MEMBER_TOKEN, "canary-session-cookie", SHARE_TOKEN, QUERY_TOKEN, "canary input"];

setUpRouteTests({ apiKey: API_KEY });

const captured: string[] = [];
const previous = requestLogger();
beforeAll(() => setRequestLogger(pino({ level: "info" }, { write: (line: string) => void captured.push(line) })));
afterAll(() => {
  setRequestLogger(previous);
  keyed?.gateway.hub.closeAll();
});

// The file's emulator requires the key: the gateway and the route send it upstream.
let keyed: RouteDeps | undefined;
function depsWithKey(): RouteDeps {
  if (!keyed) {
    const deps = routeTestDeps();
    const target = { ...deps.target, apiKey: API_KEY };
    keyed = {
      ...deps,
      target,
      gateway: createGateway(
        target,
        registryHooks(async () => deps.db, target),
      ),
    };
  }
  return keyed;
}

async function send(
  route: BuiltRoute,
  method: string,
  url: string,
  init: { params?: object; body?: unknown; headers?: Record<string, string> } = {},
) {
  const response = await route.withDeps(depsWithKey())(
    new Request(`http://console.test${url}`, {
      method,
      headers: {
        authorization: `Bearer ${MEMBER_TOKEN}`,
        cookie: COOKIE,
        ...(init.body === undefined ? {} : { "content-type": "application/json" }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
    { params: Promise.resolve(init.params ?? {}) },
  );
  const body = await response.text();
  return { status: response.status, requestId: response.headers.get("x-request-id"), body };
}

describe("request logs", () => {
  it("write one JSON line per request, with the id the response carries, and no secret", async () => {
    const created = await send(groupsRoute.POST, "POST", `/api/groups?token=${QUERY_TOKEN}`, {
      body: { metadata: { name: "logged" } },
      headers: { "x-request-id": "lb-7f3a.1" },
    });
    expect(created.status).toBe(201);
    expect(created.requestId).toBe("lb-7f3a.1");
    const id = (JSON.parse(created.body) as { taskgroup_id: string }).taskgroup_id;

    const added = await send(gatewayRoute.POST, "POST", `/api/parallel/v1/tasks/groups/${id}/runs`, {
      params: { path: ["v1", "tasks", "groups", id, "runs"] },
      body: { inputs: [{ input: INPUT, processor: "lite" }] },
      // Not an id anyone should trust: replaced by a fresh one.
      headers: { "x-request-id": "<script>alert(1)</script>" },
    });
    expect(added.status).toBe(200);
    expect(added.requestId).toMatch(/^[0-9a-f-]{36}$/);
    // The gateway's hooks write after answering: let them finish before the database closes.
    await vi.waitFor(async () => {
      const audited = await routeTestDeps().db.selectFrom("audit_log").select("action").where("action", "=", "runs.added").execute();
      expect(audited).toHaveLength(1);
    });

    const shared = await send(shareRoute.GET, "GET", `/api/share/${SHARE_TOKEN}`, { params: { token: SHARE_TOKEN } });
    expect(shared.status).toBe(404);

    const lines = captured.map((line) => JSON.parse(line) as RequestLogLine);
    expect(lines.map((line) => [line.method, line.route, line.status, line.requestId])).toEqual([
      ["POST", "/api/groups", 201, created.requestId],
      ["POST", "/api/parallel/v1/tasks/groups/[id]/runs", 200, added.requestId],
      ["GET", "/api/share/[token]", 404, shared.requestId],
    ]);
    expect(lines[0]!.memberId).toBe("member-admin");
    for (const line of lines) expect(line.durationMs).toBeGreaterThanOrEqual(0);
    const everything = captured.join("");
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
    expect(everything).not.toContain(id);
  });
});
