import "server-only";
import { betterAuth } from "better-auth";
import { genericOAuth } from "better-auth/plugins";
import { APIError } from "better-auth/api";
import type { AuthSettings } from "../config/parse-auth-env";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-rules";
import type { ConsoleDatabase } from "../registry/database-schema";
import { dialectOf } from "../registry/dialect-sql";
import { getSecurityPolicy } from "../config/security-env";
import { PEER_IP_HEADER } from "../http/client-ip";
import { requestOrigin } from "../http/request-host";
import { pendingNewMember } from "./new-member-role";
import { recordAudit } from "./audit-log";

/** The provider id of the optional single sign-on (callback: /api/auth/callback/oidc). */
export const OIDC_PROVIDER_ID = "oidc";

const SECONDS_PER_DAY = 86_400;

export interface ConsoleAuthOptions {
  db: ConsoleDatabase;
  settings: AuthSettings;
  /** The session-signing secret: CONSOLE_AUTH_SECRET, or one generated once and kept in the database. */
  secret: string;
  /** CONSOLE_URL when set; otherwise each request's own origin is used. */
  baseURL: string | undefined;
  /** Cookies are named per console, so two consoles on one host (different ports) keep their own sessions. */
  cookiePrefix: string;
}

/**
 * better-auth on the console's own database: email and password, optional OIDC, sessions in the
 * database (so revoking one takes effect on the next request), httpOnly SameSite=Lax cookies that
 * are Secure when the public URL is https. Its telemetry and its per-IP request limiter are off:
 * sign-in failures are slowed by the console's own throttle (sign-in-throttle.ts), per account and per IP.
 */
export function createConsoleAuth({ db, settings, secret, baseURL, cookiePrefix }: ConsoleAuthOptions) {
  const oidc = settings.oidc;
  return betterAuth({
    appName: "Task Group Console",
    database: { db, type: dialectOf(db) },
    secret,
    baseURL,
    telemetry: { enabled: false },
    // Its warnings ("User not found", "Invalid password") are what the audit log records already.
    logger: { level: "error" },
    rateLimit: { enabled: false },
    emailAndPassword: { enabled: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: MAX_PASSWORD_LENGTH },
    session: { expiresIn: settings.sessionDays * SECONDS_PER_DAY, updateAge: SECONDS_PER_DAY },
    user: {
      additionalFields: {
        role: { type: "string", required: false, input: false },
        isOwner: { type: "boolean", required: false, defaultValue: false, input: false },
      },
    },
    account: { accountLinking: { enabled: true, trustedProviders: oidc ? [OIDC_PROVIDER_ID] : [] } },
    advanced: {
      cookiePrefix,
      useSecureCookies: baseURL?.startsWith("https:") ?? false,
      defaultCookieAttributes: { sameSite: "lax", httpOnly: true },
      ipAddress: { ipAddressHeaders: [PEER_IP_HEADER] },
    },
    // The route builder already refuses foreign origins; better-auth checks the same origin again: the
    // one the browser asked for (Host), as the route builder does, not the handler's URL, which Next.js
    // names "localhost" when the browser asked for 127.0.0.1.
    trustedOrigins: (request) => (request ? [requestOrigin(request, getSecurityPolicy()) ?? new URL(request.url).origin] : []),
    databaseHooks: {
      user: {
        create: {
          before: async (user) => {
            const pending = pendingNewMember();
            if (pending) return { data: { ...user, role: pending.role, isOwner: pending.isOwner } };
            // Only single sign-on creates users without a setup or an invitation behind it.
            if (!oidc || oidc.newMemberRole === "none")
              throw new APIError("FORBIDDEN", { message: "You are not a member of this console; ask an admin for an invitation." });
            return { data: { ...user, role: oidc.newMemberRole, isOwner: false } };
          },
          after: async (user) => {
            if (!pendingNewMember())
              await recordAudit(db, {
                action: "member.joined",
                actor: { id: user.id, email: user.email },
                detail: { via: "single sign-on" },
              });
          },
        },
      },
      session: {
        create: {
          after: async (session) => {
            // A setup or an invitation records its own entry for the sign-up's first session.
            if (pendingNewMember()) return;
            const user = await db.selectFrom("user").select(["id", "email"]).where("id", "=", session.userId).executeTakeFirst();
            await recordAudit(db, { action: "sign_in.succeeded", actor: user ?? null, ip: session.ipAddress ?? null });
          },
        },
      },
    },
    plugins: oidc
      ? [
          genericOAuth({
            config: [
              {
                providerId: OIDC_PROVIDER_ID,
                name: oidc.name,
                discoveryUrl: `${oidc.issuer}/.well-known/openid-configuration`,
                clientId: oidc.clientId,
                clientSecret: oidc.clientSecret,
                scopes: ["openid", "email", "profile"],
                pkce: true,
                requireIdTokenVerification: true,
              },
            ],
          }),
        ]
      : [],
  });
}

export type ConsoleAuth = ReturnType<typeof createConsoleAuth>;
