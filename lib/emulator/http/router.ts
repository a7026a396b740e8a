import type { IncomingMessage, ServerResponse } from "node:http";
import type { EmulatorContext } from "../context";
import type { ApiPrefix } from "../options";

export interface RouteRequest {
  ctx: EmulatorContext;
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: string[];
}

export interface Route {
  method: "GET" | "POST";
  /** Matched against the path after the `/v1beta` or `/v1` prefix. */
  pattern: RegExp;
  /** The real API has this endpoint under /v1 only. */
  v1Only?: true;
  handle: (r: RouteRequest) => Promise<void> | void;
}

const PREFIX = /^\/(v1beta|v1)(\/.*)$/;

export type RouteMatch = { route: Route; params: string[] } | { route: null; methodNotAllowed: boolean };

/** Whether `route` is served under `prefix` by an emulator serving `served` (see EmulatorOptions.apiPrefixes). */
function servesUnder(route: Route, prefix: ApiPrefix, served: readonly ApiPrefix[]): boolean {
  if (prefix === "v1") return served.includes("v1") || route.v1Only === true;
  return served.includes("v1beta") && (!route.v1Only || served.includes("v1"));
}

export function matchRoute(routes: Route[], method: string, pathname: string, served: readonly ApiPrefix[]): RouteMatch {
  const parts = PREFIX.exec(pathname);
  if (!parts) return { route: null, methodNotAllowed: false };
  const prefix = parts[1] as ApiPrefix;
  const rest = parts[2];
  let methodNotAllowed = false;
  for (const route of routes) {
    if (!servesUnder(route, prefix, served)) continue;
    const m = route.pattern.exec(rest);
    if (!m) continue;
    if (route.method === method) return { route, params: m.slice(1).map(decodeURIComponent) };
    methodNotAllowed = true;
  }
  return { route: null, methodNotAllowed };
}
