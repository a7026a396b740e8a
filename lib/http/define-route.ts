import type { z } from "zod";
import type { Member } from "../auth/member";
import type { Access } from "../auth/roles";
import { withRoute } from "./with-route";
import { parseInput, queryOf, readJsonBody } from "./parse-request";
import { productionRouteDeps } from "./production-route-deps.server";
import type { RouteDeps } from "./route-deps";
import { requireAccess } from "./require-access";
import { endWithSession } from "./end-with-session";
import { noteMember, observeRequest } from "../ops/observe-request";
import { requireScraperToken } from "./require-scraper-token";

/** Set on every handler the builder makes, so a test can tell that each route under app/api uses it. */
export const ROUTE_BUILDER_MARKER = Symbol.for("task-group-console.defineRoute");

/** What Next.js hands a route handler; `params` is checked by the route's own schema. */
export interface RouteContext {
  params: Promise<unknown>;
}

interface RouteSpec<A extends Access, P, Q, B, H> {
  /** Who may call it: `public`, or the least role a signed-in member needs. Required: no route is open by omission. */
  access: A;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  /** Read from the request's headers, by lower-case name. */
  headers?: z.ZodType<H>;
  /** Bodies over `maxBytes` are refused (413) before they are parsed. */
  body?: { schema: z.ZodType<B>; maxBytes: number };
  /** A public route that must answer without the database or the upstream (liveness): its handler gets no deps. */
  withoutDeps?: A extends "public" ? true : never;
  /**
   * A machine credential that replaces sign-in when set (the metrics scraper's): while it returns a
   * token, only `Authorization: Bearer <token>` is let in (401 otherwise) and the handler gets no
   * member; while it returns null, `access` applies.
   */
  scraperToken?: () => string | null;
}

// What a route declared `withoutDeps` gets: touching it is a bug in that route, said plainly.
const NO_DEPS = new Proxy({} as RouteDeps, {
  get(_target, name) {
    throw new Error(`this route is declared withoutDeps and cannot use deps.${String(name)}`);
  },
});

export interface RouteInput<A extends Access, P, Q, B, H> {
  request: Request;
  /** The signed-in member (null on a public route: it may look one up itself). */
  member: A extends "public" ? null : Member;
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
  /** Who may call it; the route-matrix test and the README's role table read this. */
  readonly access: Access;
  readonly [ROUTE_BUILDER_MARKER]: true;
}

/**
 * A route handler that declares who may call it and its inputs: the member is checked first (401
 * anonymous, 403 naming the role needed), then params, query, headers and body are parsed (a 422
 * naming the bad field otherwise) and handed in with the deps; write checks, client-gone and error
 * answers come from withRoute. A live stream a member opened ends when their session does. Every answer
 * carries a request id and is counted and logged (observeRequest).
 */
export function defineRoute<A extends Access, P = undefined, Q = undefined, B = undefined, H = undefined>(
  spec: RouteSpec<A, P, Q, B, H>,
  handle: (input: RouteInput<A, P, Q, B, H>) => Promise<Response> | Response,
): BuiltRoute {
  const serve = (source: DepsSource): Handler =>
    withRoute(async (request: Request, context: RouteContext) => {
      const deps = spec.withoutDeps ? NO_DEPS : typeof source === "function" ? await source() : source;
      const member = await admit(request, spec, deps);
      const params = spec.params ? parseInput(spec.params, await context.params, "path") : (undefined as P);
      const query = spec.query ? parseInput(spec.query, queryOf(request), "query") : (undefined as Q);
      const headers = spec.headers ? parseInput(spec.headers, Object.fromEntries(request.headers), "header") : (undefined as H);
      const body = spec.body ? parseInput(spec.body.schema, await readJsonBody(request, spec.body.maxBytes), "body") : (undefined as B);
      const response = await handle({ request, member: member as RouteInput<A, P, Q, B, H>["member"], params, query, headers, body, deps });
      return member && spec.access !== "public"
        ? endWithSession(response, request, member, spec.access, deps.auth.authenticator)
        : response;
    });
  const bind = (source: DepsSource): Handler => observeRequest(serve(source));
  return Object.assign(bind(productionRouteDeps), { withDeps: bind, access: spec.access, [ROUTE_BUILDER_MARKER]: true as const });
}

/** Who the request acts for: a scraper's token when the route takes one and it is set, else the declared access. */
async function admit<A extends Access>(
  request: Request,
  spec: { access: A; scraperToken?: () => string | null },
  deps: RouteDeps,
): Promise<Member | null> {
  const scraperToken = spec.scraperToken?.() ?? null;
  if (scraperToken !== null) {
    requireScraperToken(request, scraperToken);
    return null;
  }
  if (spec.access === "public") return null;
  const member = await requireAccess(request, spec.access, deps.auth.authenticator);
  noteMember(request, member);
  return member;
}

/** Whether `value` is a handler made by defineRoute. */
export function isBuiltRoute(value: unknown): value is BuiltRoute {
  return typeof value === "function" && (value as Partial<BuiltRoute>)[ROUTE_BUILDER_MARKER] === true;
}
