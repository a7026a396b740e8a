import "server-only";
import { getSecurityPolicy } from "../config/security-env";
import { AppError } from "../http/app-error";
import { clientIp } from "../http/client-ip";
import { errorResponse } from "../http/error-response";
import type { ConsoleDatabase } from "../registry/database-schema";
import type { AuthDeps } from "./auth-deps";
import { recordAudit } from "./audit-log";
import { sessionChanges } from "./session-changes";
import { checkSignInThrottle, clearAccountFailures, recordSignInFailure } from "./sign-in-throttle";

// The only better-auth endpoints the console exposes. Sign-up is not among them: members join through
// the first-run setup or an invitation. Anything else under /api/auth is a 404.
const EXPOSED = new Set([
  "POST /sign-in/email",
  "POST /sign-out",
  "GET /get-session",
  "GET /list-sessions",
  "POST /revoke-session",
  "POST /revoke-other-sessions",
  "POST /change-password",
  // Single sign-on: better-auth 1.7 serves a generic OIDC provider as a social one.
  "POST /sign-in/social",
  "GET /callback/oidc",
  "POST /callback/oidc",
]);

const AUTH_BASE_PATH = "/api/auth";

/** Serves `/api/auth/*`: better-auth's own handler behind an allowlist, with the throttle and the audit log around it. */
export async function serveAuthEndpoint(request: Request, db: ConsoleDatabase, { auth, sessions }: AuthDeps): Promise<Response> {
  const path = new URL(request.url).pathname.slice(AUTH_BASE_PATH.length);
  const endpoint = `${request.method} ${path}`;
  if (!EXPOSED.has(endpoint)) throw new AppError("not_found", `No such sign-in endpoint: ${endpoint}`);
  const ip = clientIp(request, getSecurityPolicy());

  if (endpoint === "POST /sign-in/email") {
    const email = await emailOf(request);
    const { waitMs } = await checkSignInThrottle(db, email, ip);
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      return errorResponse(
        new AppError("too_many_requests", `Too many failed sign-ins. Try again in ${seconds} s.`, { retry_after_s: seconds }),
        {
          "retry-after": String(seconds),
        },
      );
    }
    const response = await auth.handler(request);
    if (response.status === 401) {
      await recordSignInFailure(db, email, ip);
      await recordAudit(db, { action: "sign_in.failed", actor: null, attemptedEmail: email, ip });
    } else if (response.ok) await clearAccountFailures(db, email);
    return response;
  }

  // Who is asking, before the call that may end their session.
  const member = endpoint.startsWith("POST ") ? await sessions.memberOf(request) : null;
  const response = await auth.handler(request);
  if (!member || !response.ok) return response;
  if (endpoint === "POST /sign-out") await recordAudit(db, { action: "sign_out", actor: member, ip });
  if (endpoint === "POST /revoke-session" || endpoint === "POST /revoke-other-sessions")
    await recordAudit(db, {
      action: "session.revoked",
      actor: member,
      ip,
      detail: { which: endpoint.endsWith("other-sessions") ? "others" : "one" },
    });
  if (endpoint === "POST /change-password") await recordAudit(db, { action: "password.changed", actor: member, ip });
  sessionChanges.announce(member.id);
  return response;
}

async function emailOf(request: Request): Promise<string> {
  try {
    const body: unknown = await request.clone().json();
    const email = (body as { email?: unknown }).email;
    return typeof email === "string" ? email.trim().toLowerCase() : "";
  } catch {
    return "";
  }
}
