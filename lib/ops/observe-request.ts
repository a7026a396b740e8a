import type { Member } from "../auth/member";
import { consoleMetrics } from "./console-metrics";
import { trackLiveStream } from "./live-streams";
import { REQUEST_ID_HEADER, requestIdOf } from "./request-id";
import { logRequest } from "./request-log";
import { routeTemplateOf } from "./route-template";
import { inFlight } from "./shutdown-state";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

// Who a request acted for, learnt by the route builder after its access check.
const members = new WeakMap<Request, Member>();

export function noteMember(request: Request, member: Member): void {
  members.set(request, member);
}

function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    // A response straight from fetch has immutable headers: copy them onto a new one.
    const headers = new Headers(response.headers);
    headers.set(name, value);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

/**
 * Wraps an API route handler (which answers errors itself): the answer carries `x-request-id`, is
 * counted by status class, logged as one JSON line, and, when it is a live stream, tracked so a
 * shutdown can end it. The request counts as in flight until its handler answers.
 */
export function observeRequest<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const startedMs = performance.now();
    const requestId = requestIdOf(request);
    const response = await inFlight(() => handler(request, context));
    const { status } = response;
    consoleMetrics().httpResponses.inc({ status_class: `${Math.floor(status / 100)}xx` });
    logRequest({
      requestId,
      method: request.method,
      route: routeTemplateOf(new URL(request.url).pathname),
      status,
      durationMs: Math.round((performance.now() - startedMs) * 10) / 10,
      memberId: members.get(request)?.id,
    });
    return trackLiveStream(withHeader(response, REQUEST_ID_HEADER, requestId));
  };
}
