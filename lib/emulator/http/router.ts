import type { IncomingMessage, ServerResponse } from "node:http";
import type { EmulatorContext } from "../context";

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
  handle: (r: RouteRequest) => Promise<void> | void;
}

const PREFIX = /^\/(?:v1beta|v1)(\/.*)$/;

export type RouteMatch = { route: Route; params: string[] } | { route: null; methodNotAllowed: boolean };

export function matchRoute(routes: Route[], method: string, pathname: string): RouteMatch {
  const rest = PREFIX.exec(pathname)?.[1];
  if (!rest) return { route: null, methodNotAllowed: false };
  let methodNotAllowed = false;
  for (const route of routes) {
    const m = route.pattern.exec(rest);
    if (!m) continue;
    if (route.method === method) return { route, params: m.slice(1).map(decodeURIComponent) };
    methodNotAllowed = true;
  }
  return { route: null, methodNotAllowed };
}
