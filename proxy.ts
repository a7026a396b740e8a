import type { NextRequest } from "next/server";
import { pageVisitor } from "./lib/auth/page-visitor.server";
import { getSecurityPolicy } from "./lib/config/security-env";
import { createConsoleProxy } from "./lib/http/console-proxy";
import { requestOrigin } from "./lib/http/request-host";
import { isPageRequest, signInRedirect } from "./lib/http/sign-in-gate";

const consoleProxy = createConsoleProxy(getSecurityPolicy, { dev: process.env.NODE_ENV === "development" });

// Every request, assets included: the Host check must cover every route. Pages also pass the
// sign-in gate here; API routes are checked by the route builder (lib/http/define-route.ts).
export async function proxy(request: NextRequest): Promise<Response> {
  const checked = consoleProxy(request);
  if (checked.status !== 200 || !isPageRequest(request.nextUrl.pathname)) return checked;
  const origin = requestOrigin(request, getSecurityPolicy()) ?? request.nextUrl.origin;
  return signInRedirect(request, await pageVisitor(request), origin) ?? checked;
}
