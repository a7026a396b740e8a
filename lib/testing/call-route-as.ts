import type { Member } from "../auth/member";
import type { BuiltRoute } from "../http/define-route";
import { routeTestDeps } from "../registry/route-test-support";
import { asMember } from "./test-auth";

// Test-only: a route handler called as one member, on the deps of setUpRouteTests().

/** The address every call comes from (TEST-NET-1), so audit entries have one to record. */
export const TEST_PEER_IP = "192.0.2.9";

export interface CallAsResult<T> {
  status: number;
  /** The body as sent (a CSV export's rows, say). */
  text: string;
  /** The body parsed, when it is JSON; null otherwise. */
  body: T;
}

/** Calls `route` as Next.js would, signed in as `member`; `params` are the dynamic segments. */
export async function callRouteAs<T>(
  member: Member,
  route: BuiltRoute,
  method: string,
  path: string,
  body?: unknown,
  params: Record<string, unknown> = {},
): Promise<CallAsResult<T>> {
  const deps = { ...routeTestDeps(), auth: { ...routeTestDeps().auth, authenticator: asMember(member) } };
  const response = await route.withDeps(deps)(
    new Request(`http://console.test${path}`, {
      method,
      headers: { "content-type": "application/json", "x-console-peer-ip": TEST_PEER_IP },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );
  const text = await response.text();
  const json = response.headers.get("content-type")?.includes("json") === true && text !== "";
  return { status: response.status, text, body: (json ? JSON.parse(text) : null) as T };
}
