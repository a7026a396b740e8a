import { ApiError } from "./api-error";
import { leaveForSignIn } from "./signed-out";

// The browser's calls to /api/auth (better-auth behind the console's allowlist). better-auth answers
// errors as `{code, message}`, the console's own checks as `{error: {code, message}}`; both become ApiError.

const AUTH_BASE = "/api/auth";

interface ErrorShapes {
  code?: string;
  message?: string;
  error?: { code?: string; message?: string; detail?: Record<string, unknown> };
}

async function callAuth<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${AUTH_BASE}${path}`, {
      ...init,
      headers: { accept: "application/json", ...(init.body ? { "content-type": "application/json" } : {}) },
    });
  } catch (error) {
    throw new ApiError(0, "network", `The console server did not answer: ${(error as Error).message}`);
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: reported below
  }
  if (response.ok) return body as T;
  const shapes = (body ?? {}) as ErrorShapes;
  const code = (shapes.error?.code ?? (response.status === 401 ? "unauthenticated" : "unknown")) as ApiError["code"];
  const message = shapes.error?.message ?? shapes.message ?? `HTTP ${response.status}`;
  throw new ApiError(response.status, code, message, shapes.error?.detail);
}

const post = <T>(path: string, body: object = {}) => callAuth<T>(path, { method: "POST", body: JSON.stringify(body) });

/** A wrong password and an unknown email both answer 401; this is the one message for both. */
export const WRONG_CREDENTIALS_MESSAGE = "Wrong email or password.";

/** Signs in with email and password; throws ApiError (401 wrong credentials, 429 throttled with the wait in its message). */
export async function signInWithEmail(email: string, password: string): Promise<void> {
  try {
    await post("/sign-in/email", { email, password });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) throw new ApiError(401, "unauthenticated", WRONG_CREDENTIALS_MESSAGE);
    throw error;
  }
}

/** Where the browser goes to sign in at the single sign-on provider, which then sends it back to `returnPath`. */
export async function singleSignOnUrl(returnPath: string): Promise<string> {
  // A refused sign-in (not a member, and new members are turned away) comes back to the sign-in page with `?error=`.
  const { url } = await post<{ url: string; redirect: boolean }>("/sign-in/social", {
    provider: "oidc",
    callbackURL: returnPath,
    errorCallbackURL: "/sign-in",
  });
  return url;
}

export async function signOut(): Promise<void> {
  await post("/sign-out");
}

/** One of the signed-in member's sessions, as better-auth lists them. */
export interface SessionEntry {
  id: string;
  token: string;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
  ipAddress?: string | null;
  userAgent?: string | null;
}

async function whileSignedIn<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    // This session ended (revoked elsewhere, member removed): the page cannot do anything more.
    if (error instanceof ApiError && error.status === 401) leaveForSignIn();
    throw error;
  }
}

export const listSessions = () => whileSignedIn(callAuth<SessionEntry[]>("/list-sessions"));
export const currentSession = () => whileSignedIn(callAuth<{ session: { id: string } } | null>("/get-session"));
export const revokeSession = (token: string) => whileSignedIn(post("/revoke-session", { token }));
export const revokeOtherSessions = () => whileSignedIn(post("/revoke-other-sessions"));
export const changePassword = (body: { currentPassword: string; newPassword: string; revokeOtherSessions: boolean }) =>
  whileSignedIn(post("/change-password", body));
