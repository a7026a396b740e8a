import { describe, expect, it } from "vitest";
import { matchAllowedCall } from "./allowlist";

const G = "tgrp_0123456789abcdef0123456789abcdef";
const R = "trun_0123456789abcdef0123456789abcdef";
const seg = (path: string) => path.split("/").filter(Boolean);

describe("matchAllowedCall", () => {
  it.each([
    ["POST", "v1beta/tasks/groups", "create-group"],
    ["GET", `v1/tasks/groups/${G}`, "get-group"],
    ["POST", `v1beta/tasks/groups/${G}/runs`, "add-runs"],
    ["GET", `v1beta/tasks/groups/${G}/runs`, "runs-stream"],
    ["GET", `v1/tasks/groups/${G}/events`, "events-stream"],
    ["GET", `v1beta/tasks/groups/${G}/runs/${R}`, "get-group-run"],
    ["GET", `v1/tasks/runs/${R}`, "get-run"],
    ["GET", `v1/tasks/runs/${R}/result`, "get-run-result"],
    ["GET", `v1/tasks/runs/${R}/input`, "get-run-input"],
    ["GET", `v1beta/tasks/runs/${R}/events`, "run-events-stream"],
  ])("allows %s /%s as %s", (method, path, kind) => {
    expect(matchAllowedCall(method, seg(path), "v1beta")).toMatchObject({ kind, path: `/${path}` });
  });

  it.each([
    ["GET", "v1beta/tasks/groups"],
    ["DELETE", `v1beta/tasks/groups/${G}`],
    ["POST", "v1/tasks/runs"],
    ["GET", `v2/tasks/groups/${G}`],
    ["GET", `v1beta/tasks/groups/${G}/../../secrets`],
    ["GET", "v1beta/tasks/groups/tgrp_"],
    ["GET", "v1beta/tasks/groups/tgrp_abc-def"],
    ["GET", `v1beta/tasks/groups/tgrp_${"a".repeat(65)}`],
    ["GET", "v1beta/tasks/groups/trun_abc"],
    ["GET", `v1/tasks/runs/${G}`],
    ["GET", "v1/search"],
    ["GET", "search"],
    ["GET", "groups"],
    ["POST", "tasks/runs"],
    ["GET", `tasks/runs/${G}`],
    ["GET", `v1/v1/tasks/groups/${G}`],
    ["GET", `tasks/v1/groups/${G}`],
    ["GET", ""],
  ])("refuses %s /%s", (method, path) => {
    expect(matchAllowedCall(method, seg(path), "v1")).toBeNull();
  });

  // The console's pages name no version: the gateway sends their calls to the configured prefix,
  // except the single-run endpoints, which the real API serves only under /v1.
  it.each([
    ["POST", "tasks/groups", "create-group", "/v1beta/tasks/groups"],
    ["GET", `tasks/groups/${G}`, "get-group", `/v1beta/tasks/groups/${G}`],
    ["POST", `tasks/groups/${G}/runs`, "add-runs", `/v1beta/tasks/groups/${G}/runs`],
    ["GET", `tasks/groups/${G}/runs`, "runs-stream", `/v1beta/tasks/groups/${G}/runs`],
    ["GET", `tasks/groups/${G}/events`, "events-stream", `/v1beta/tasks/groups/${G}/events`],
    ["GET", `tasks/groups/${G}/runs/${R}`, "get-group-run", `/v1beta/tasks/groups/${G}/runs/${R}`],
    ["GET", `tasks/runs/${R}/events`, "run-events-stream", `/v1beta/tasks/runs/${R}/events`],
    ["GET", `tasks/runs/${R}`, "get-run", `/v1/tasks/runs/${R}`],
    ["GET", `tasks/runs/${R}/result`, "get-run-result", `/v1/tasks/runs/${R}/result`],
    ["GET", `tasks/runs/${R}/input`, "get-run-input", `/v1/tasks/runs/${R}/input`],
  ])("sends version-free %s /%s (%s) to %s when the prefix is v1beta", (method, path, kind, upstreamPath) => {
    expect(matchAllowedCall(method, seg(path), "v1beta")).toMatchObject({ kind, path: upstreamPath });
  });

  it.each([
    ["POST", "tasks/groups", "/v1/tasks/groups"],
    ["GET", `tasks/groups/${G}/events`, `/v1/tasks/groups/${G}/events`],
    ["GET", `tasks/runs/${R}/events`, `/v1/tasks/runs/${R}/events`],
    ["GET", `tasks/runs/${R}/result`, `/v1/tasks/runs/${R}/result`],
  ])("sends version-free %s /%s to %s when the prefix is v1", (method, path, upstreamPath) => {
    expect(matchAllowedCall(method, seg(path), "v1")).toMatchObject({ path: upstreamPath, prefix: "v1" });
  });

  it("relays a versioned path as given, whatever the configured prefix", () => {
    expect(matchAllowedCall("GET", seg(`v1beta/tasks/groups/${G}`), "v1")).toMatchObject({ path: `/v1beta/tasks/groups/${G}` });
    expect(matchAllowedCall("GET", seg(`v1/tasks/groups/${G}`), "v1beta")).toMatchObject({ path: `/v1/tasks/groups/${G}` });
  });
});
