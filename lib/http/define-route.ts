import type { z } from "zod";
import { withRoute } from "./with-route";
import { parseInput, queryOf, readJsonBody } from "./parse-request";
import { productionRouteDeps } from "./production-route-deps.server";
import type { RouteDeps } from "./route-deps";

/** Set on every handler the builder makes, so a test can tell that each route under app/api uses it. */
export const ROUTE_BUILDER_MARKER = Symbol.for("task-group-console.defineRoute");

/** What Next.js hands a route handler; `params` is checked by the route's own schema. */
export interface RouteContext {
  params: Promise<unknown>;
}

interface RouteSpec<P, Q, B, H> {
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  /** Read from the request's headers, by lower-case name. */
  headers?: z.ZodType<H>;
  /** Bodies over `maxBytes` are refused (413) before they are parsed. */
  body?: { schema: z.ZodType<B>; maxBytes: number };
}

export interface RouteInput<P, Q, B, H> {
  request: Request;
  params: P;
  query: Q;
  body: B;
  headers: H;
  deps: RouteDeps;
}

type DepsSource = RouteDeps | (() => Promise<RouteDeps>);
type Handler = (request: Request, context: RouteContext) => Promise<Response>;

export interface BuiltRoute extends Handler {
  /** The same handler working on the given deps (tests hand in theirs). */
  withDeps(deps: DepsSource): Handler;
  readonly [ROUTE_BUILDER_MARKER]: true;
}

/**
 * A route handler that declares its inputs: params, query, headers and body are parsed (a 422 naming the bad
 * field otherwise) and handed in with the deps; write checks, client-gone and error answers come from withRoute.
 */
export function defineRoute<P = undefined, Q = undefined, B = undefined, H = undefined>(
  spec: RouteSpec<P, Q, B, H>,
  handle: (input: RouteInput<P, Q, B, H>) => Promise<Response> | Response,
): BuiltRoute {
  const bind = (deps: DepsSource): Handler =>
    withRoute(async (request: Request, context: RouteContext) => {
      const params = spec.params ? parseInput(spec.params, await context.params, "path") : (undefined as P);
      const query = spec.query ? parseInput(spec.query, queryOf(request), "query") : (undefined as Q);
      const headers = spec.headers ? parseInput(spec.headers, Object.fromEntries(request.headers), "header") : (undefined as H);
      const body = spec.body ? parseInput(spec.body.schema, await readJsonBody(request, spec.body.maxBytes), "body") : (undefined as B);
      return handle({ request, params, query, headers, body, deps: typeof deps === "function" ? await deps() : deps });
    });
  return Object.assign(bind(productionRouteDeps), { withDeps: bind, [ROUTE_BUILDER_MARKER]: true as const });
}

/** Whether `value` is a handler made by defineRoute. */
export function isBuiltRoute(value: unknown): value is BuiltRoute {
  return typeof value === "function" && (value as Partial<BuiltRoute>)[ROUTE_BUILDER_MARKER] === true;
}
