import { buildAuthDeps } from "../console-auth-deps.server";
import { sessionAuthenticator } from "../session-authenticator.server";
import type { BuiltRoute } from "../../http/define-route";
import { routeTestDeps } from "../../registry/route-test-support";

// Test support: calls route handlers the way a browser would, with a cookie jar, against the route
// test bed's database and the real sign-in (better-auth), so the session cookie decides who asks.

export const ORIGIN = "http://127.0.0.1:3000";

export class Browser {
  private readonly cookies = new Map<string, string>();

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async call(route: BuiltRoute, method: string, path: string, body?: unknown, params: Record<string, unknown> = {}): Promise<Response> {
    const headers: Record<string, string> = { origin: ORIGIN, host: "127.0.0.1:3000", "x-console-peer-ip": "10.0.0.7" };
    if (body !== undefined) headers["content-type"] = "application/json";
    const cookie = this.cookieHeader();
    if (cookie) headers.cookie = cookie;
    const response = await route.withDeps(await signedInDeps())(
      new Request(`${ORIGIN}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
      { params: Promise.resolve(params) },
    );
    this.keep(response);
    return response;
  }
}

let deps: ReturnType<typeof routeTestDeps> | undefined;

/** The bed's deps with the real sign-in: who asks is whoever the request's session cookie names. */
export async function signedInDeps() {
  if (!deps) {
    const base = routeTestDeps();
    const auth = await buildAuthDeps(base.db, {});
    deps = { ...base, auth: { ...auth, authenticator: sessionAuthenticator(auth.auth) } };
  }
  return deps;
}

export async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}
