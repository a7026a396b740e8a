// The only upstream calls the gateway makes: the Task Group and Task Run endpoints of the API, by
// method and path, with ids that look like ids. Everything else is a 404 that never reaches upstream.
// A path names its version (`v1beta/tasks/...`, `v1/tasks/...`: relayed as given, for the SDK and
// scripts) or none (`tasks/...`: the console's own pages, sent to the configured prefix).

import { GROUP_ID_PATTERN, RUN_ID_PATTERN } from "../parallel/group-reference";

export type UpstreamCallKind =
  | "create-group"
  | "get-group"
  | "add-runs"
  | "runs-stream"
  | "events-stream"
  | "get-group-run"
  | "get-run"
  | "get-run-result"
  | "get-run-input"
  | "run-events-stream";

export type ApiPrefix = "v1beta" | "v1";

// On the real API these exist only under /v1 (the group endpoints and a run's events exist under both).
const V1_ONLY_CALLS: ReadonlySet<UpstreamCallKind> = new Set(["get-run", "get-run-result", "get-run-input"]);

export interface AllowedCall {
  kind: UpstreamCallKind;
  prefix: ApiPrefix;
  /** The upstream path, e.g. "/v1beta/tasks/groups/tgrp_1/runs". */
  path: string;
  groupId?: string;
  runId?: string;
}

type Shape = { method: "GET" | "POST"; kind: UpstreamCallKind; segments: string[] };

const G = ":group";
const R = ":run";
const SHAPES: Shape[] = [
  { method: "POST", kind: "create-group", segments: ["tasks", "groups"] },
  { method: "GET", kind: "get-group", segments: ["tasks", "groups", G] },
  { method: "POST", kind: "add-runs", segments: ["tasks", "groups", G, "runs"] },
  { method: "GET", kind: "runs-stream", segments: ["tasks", "groups", G, "runs"] },
  { method: "GET", kind: "events-stream", segments: ["tasks", "groups", G, "events"] },
  { method: "GET", kind: "get-group-run", segments: ["tasks", "groups", G, "runs", R] },
  { method: "GET", kind: "get-run", segments: ["tasks", "runs", R] },
  { method: "GET", kind: "get-run-result", segments: ["tasks", "runs", R, "result"] },
  { method: "GET", kind: "get-run-input", segments: ["tasks", "runs", R, "input"] },
  { method: "GET", kind: "run-events-stream", segments: ["tasks", "runs", R, "events"] },
];

/** The allowed call for a gateway path; `configuredPrefix` is where a version-free path goes upstream. */
export function matchAllowedCall(method: string, segments: string[], configuredPrefix: ApiPrefix): AllowedCall | null {
  const versionFree = segments[0] === "tasks";
  const given = versionFree ? null : segments[0];
  if (given !== null && given !== "v1beta" && given !== "v1") return null;
  const rest = versionFree ? segments : segments.slice(1);
  for (const shape of SHAPES) {
    if (shape.method !== method || shape.segments.length !== rest.length) continue;
    const ids: { groupId?: string; runId?: string } = {};
    const matches = shape.segments.every((expected, i) => {
      const actual = rest[i];
      if (expected === G) return GROUP_ID_PATTERN.test(actual) && (ids.groupId = actual) !== undefined;
      if (expected === R) return RUN_ID_PATTERN.test(actual) && (ids.runId = actual) !== undefined;
      return expected === actual;
    });
    if (!matches) continue;
    const prefix = given ?? (V1_ONLY_CALLS.has(shape.kind) ? "v1" : configuredPrefix);
    return { kind: shape.kind, prefix, path: `/${[prefix, ...rest].join("/")}`, ...ids };
  }
  return null;
}
