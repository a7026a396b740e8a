import { NextResponse, type NextRequest } from "next/server";
import type { SecurityPolicy } from "../config/parse-security-env";
import { AppError } from "./app-error";
import { errorResponse } from "./error-response";
import { isAllowedHost } from "./host-name";
import { requestHost } from "./request-host";
import { STATIC_SECURITY_HEADERS, WORKER_SCRIPT_POLICY, contentSecurityPolicy, createNonce } from "./security-headers";

const BUILT_FILES_PATH = "/_next/static/";

/**
 * What runs in front of every route, pages and API alike: a request for a host the console does not
 * answer to is refused (421), which defeats DNS rebinding (a foreign name resolved to this machine);
 * everything else goes on with a fresh CSP nonce and the security headers.
 */
export function createConsoleProxy(policy: () => SecurityPolicy, { dev }: { dev: boolean }) {
  return (request: NextRequest): Response => {
    const current = policy();
    const host = requestHost(request, current);
    if (!isAllowedHost(host, current.allowedHosts)) {
      return errorResponse(
        new AppError(
          "misdirected_request",
          `This console does not answer to host '${host ?? ""}'. To reach it by this name, add it to CONSOLE_ALLOWED_HOSTS or set CONSOLE_URL.`,
        ),
        { ...STATIC_SECURITY_HEADERS },
      );
    }
    if (request.nextUrl.pathname.startsWith(BUILT_FILES_PATH)) {
      return withSecurityHeaders(NextResponse.next(), WORKER_SCRIPT_POLICY);
    }
    const pagePolicy = contentSecurityPolicy(createNonce(), { dev });
    // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("content-security-policy", pagePolicy);
    return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), pagePolicy);
  };
}

function withSecurityHeaders(response: NextResponse, contentPolicy: string): NextResponse {
  response.headers.set("content-security-policy", contentPolicy);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}
