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
    expect(matchAllowedCall(method, seg(path))).toMatchObject({ kind, path: `/${path}` });
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
    ["GET", ""],
  ])("refuses %s /%s", (method, path) => {
    expect(matchAllowedCall(method, seg(path))).toBeNull();
  });
});
