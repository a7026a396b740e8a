import type { NextRequest } from "next/server";
import { pageVisitor } from "./lib/auth/page-visitor.server";
import { getSecurityPolicy } from "./lib/config/security-env";
import { withAbsoluteLocation } from "./lib/http/absolute-location";
import { createConsoleProxy } from "./lib/http/console-proxy";
import { isPageRequest, signInRedirect } from "./lib/http/sign-in-gate";

const consoleProxy = createConsoleProxy(getSecurityPolicy, { dev: process.env.NODE_ENV === "development" });

// Every request, assets included: the Host check must cover every route. Pages also pass the
// sign-in gate here; API routes are checked by the route builder (lib/http/define-route.ts).
export async function proxy(request: NextRequest): Promise<Response> {
  const checked = consoleProxy(request);
  if (checked.status !== 200 || !isPageRequest(request.nextUrl.pathname)) return checked;
  const redirect = signInRedirect(request, await pageVisitor(request));
  // Next.js needs the full URL of a proxy's redirect, and sends the browser a path again (same host).
  return redirect ? withAbsoluteLocation(redirect, request.nextUrl) : checked;
}
