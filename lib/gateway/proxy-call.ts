import { requestUpstream, UPSTREAM_ANSWER_TIMEOUT_MS } from "../parallel/upstream-client.server";
import type { UpstreamRequest } from "../parallel/upstream-request";
import { openUpstreamStream } from "../parallel/upstream-stream.server";
import type { UpstreamTarget } from "../parallel/upstream-target";
import { AppError } from "../http/app-error";
import { readLimitedBody } from "../http/read-limited-body";
import { type AllowedCall, matchAllowedCall } from "./allowlist";
import type { EventsHub } from "./events-hub";
import { forwardableHeaders } from "./forwarded-headers";
import { acceptsQueryParameter, forwardedQuery } from "./forwarded-query";
import { relayedResponseHeaders } from "./response-headers";
import { isFinalStatus } from "../sse/final-status";
import { resumableFrames } from "../sse/resumable-frames";
import { sseResponse } from "../sse/sse-response";
import type { SpendGuard, SpendReservation } from "../spend/spend-guard";
import { validateProxiedBody } from "./validate-proxied-body";

// 1,000 inputs of up to 25,000 characters each, with JSON overhead.
export const MAX_ADD_RUNS_BODY_BYTES = 32 * 1024 * 1024;
export const MAX_CREATE_GROUP_BODY_BYTES = 64 * 1024;

export interface GatewayDeps {
  target: UpstreamTarget;
  hub: EventsHub;
  /** Told of every group created through the gateway (the registry remembers it, as added by the caller). */
  onGroupCreated?: (group: unknown, caller?: GatewayCaller) => void;
  /** Told of the group's status after runs were added through the gateway (the run cache reopens; the audit log records them). */
  onRunsAdded?: (groupId: string, status: unknown, added?: { caller?: GatewayCaller; requestBody: string }) => void;
  heartbeatMs?: number;
  /** Holds add-runs calls to the budgets and records their spend; without it, nothing is counted. */
  spend?: SpendGuard;
}

/** Who made a gateway call, for attribution: the member and their address. */
export interface GatewayCaller {
  member: { id: string; email: string; token?: { id: string; name: string } };
  ip: string | null;
}

/** The transparent proxy: one allowlisted Task Group API call, relayed to the upstream. */
export async function proxyCall(request: Request, segments: string[], deps: GatewayDeps, caller?: GatewayCaller): Promise<Response> {
  const call = matchAllowedCall(request.method, segments, deps.target.prefix);
  if (!call) throw new AppError("not_found", `Not an allowed Task Group API call: ${request.method} /${segments.join("/")}`);
  const given = new URLSearchParams(new URL(request.url).searchParams);
  const cursorHeader = request.headers.get("last-event-id");
  if (cursorHeader && !given.has("last_event_id") && acceptsQueryParameter(call.kind, "last_event_id"))
    given.set("last_event_id", cursorHeader);
  const query = forwardedQuery(call, given);
  const upstreamCall: UpstreamRequest = {
    target: deps.target,
    method: call.kind === "create-group" || call.kind === "add-runs" ? "POST" : "GET",
    prefix: call.prefix,
    path: call.path.slice(`/${call.prefix}`.length),
    query,
    headers: forwardableHeaders(request.headers),
    signal: request.signal,
  };

  let body: string | undefined;
  if (request.method === "POST") {
    body = await readLimitedBody(request, call.kind === "add-runs" ? MAX_ADD_RUNS_BODY_BYTES : MAX_CREATE_GROUP_BODY_BYTES);
    validateProxiedBody(call.kind, body);
  }

  if (call.kind === "events-stream") {
    const shared = await deps.hub.watch({
      groupId: call.groupId!,
      mode: "replay",
      lastEventId: query.get("last_event_id") || null,
      timeoutMs: query.get("timeout") ? Number(query.get("timeout")) * 1_000 : null,
    });
    if (shared) return shared;
  }

  if (!isStream(call)) {
    // Reserved before the call leaves, so that concurrent calls cannot all pass the same budget.
    const reservation =
      call.kind === "add-runs"
        ? await deps.spend?.reserve({ groupId: call.groupId!, requestBody: body ?? "", member: caller?.member ?? null })
        : undefined;
    const upstream = await reachUpstreamHoldingSpend(reservation, () =>
      requestUpstream({ ...upstreamCall, body, answerTimeoutMs: answerTimeoutMs(call, query) }),
    );
    if (call.kind === "create-group" && upstream.ok) return tellAbout(upstream, (answer) => deps.onGroupCreated?.(answer, caller));
    if (call.kind === "add-runs" && upstream.ok) {
      const requestBody = body ?? "";
      return tellAbout(upstream, (answer) =>
        deps.onRunsAdded?.(call.groupId!, (answer as { status?: unknown }).status, { caller, requestBody }),
      );
    }
    return new Response(upstream.body, { status: upstream.status, headers: relayedResponseHeaders(upstream.headers) });
  }
  const upstream = await openUpstreamStream(upstreamCall);
  if (!upstream.ok)
    return new Response(await upstream.text(), { status: upstream.status, headers: relayedResponseHeaders(upstream.headers) });
  const resumeQuery = (lastEventId: string | null) => {
    const q = new URLSearchParams(query);
    if (lastEventId !== null) q.set("last_event_id", lastEventId);
    return q;
  };
  const frames = resumableFrames(upstream, {
    reopen: (lastEventId, signal) => openUpstreamStream({ ...upstreamCall, query: resumeQuery(lastEventId), signal }),
    initialLastEventId: query.get("last_event_id") || null,
    signal: request.signal,
    resumable: call.kind !== "run-events-stream",
    isNormalEnd: call.kind === "events-stream" ? (last) => query.has("timeout") || isFinalStatus(last?.lastData) : () => true,
  });
  return sseResponse(frames, deps.heartbeatMs);
}

// What the API waits for a run's result when the call names no `timeout` (the contract's default).
const RESULT_DEFAULT_WAIT_SECONDS = 600;

/** A result asked to wait `timeout` seconds for its run may take that long to answer, and a little more. */
function answerTimeoutMs(call: AllowedCall, query: URLSearchParams): number {
  if (call.kind !== "get-run-result") return UPSTREAM_ANSWER_TIMEOUT_MS;
  const waitSeconds = Number(query.get("timeout") ?? RESULT_DEFAULT_WAIT_SECONDS);
  return waitSeconds * 1_000 + UPSTREAM_ANSWER_TIMEOUT_MS;
}

/** Settles the reservation when the upstream took the runs, releases it when it refused them, leaves it pending when the answer was lost. */
async function reachUpstreamHoldingSpend(reservation: SpendReservation | undefined, reach: () => Promise<Response>): Promise<Response> {
  if (!reservation) return reach();
  let upstream: Response;
  try {
    upstream = await reach();
  } catch (error) {
    await reservation.lose().catch(reportSpend);
    throw error;
  }
  await (upstream.ok ? reservation.settle() : reservation.release()).catch(reportSpend);
  return upstream;
}

function reportSpend(error: unknown) {
  console.error("gateway: could not record the spend of an add-runs call:", error);
}

function isStream(call: AllowedCall): boolean {
  return call.kind === "runs-stream" || call.kind === "events-stream" || call.kind === "run-events-stream";
}

/** Relays a small JSON answer after telling the registry what it says. */
async function tellAbout(upstream: Response, tell: (body: unknown) => void): Promise<Response> {
  const text = await upstream.text();
  try {
    tell(JSON.parse(text));
  } catch (error) {
    console.error("gateway: could not record what the upstream answered:", error);
  }
  return new Response(text, { status: upstream.status, headers: relayedResponseHeaders(upstream.headers) });
}
