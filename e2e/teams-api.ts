import type { APIRequestContext, Browser, BrowserContext } from "@playwright/test";
import type { Role } from "../lib/auth/roles";
import { uniqueName } from "./groups-api";

// Builders for the teams specs: members made through invitations with unique emails, each in a
// browser context of their own (their own session), so specs never share or end the stored sessions.

/** A context with no session at all: what a browser that never signed in has. */
export const SIGNED_OUT = { cookies: [], origins: [] };

export interface JoinedMember {
  context: BrowserContext;
  name: string;
  email: string;
  password: string;
}

/** Creates an invitation as the admin behind `adminRequest` and answers its link. */
export async function createInvitationLink(adminRequest: APIRequestContext, role: Role): Promise<string> {
  const response = await adminRequest.post("/api/invitations", { data: { role, expiresInDays: 1 } });
  if (response.status() !== 201) throw new Error(`POST /api/invitations answered ${response.status()}: ${await response.text()}`);
  return ((await response.json()) as { link: string }).link;
}

/** A new member with `role`, joined through an invitation and signed in, in a fresh context at `baseURL`. */
export async function joinAsNewMember(
  browser: Browser,
  adminRequest: APIRequestContext,
  baseURL: string,
  role: Role,
): Promise<JoinedMember> {
  const link = await createInvitationLink(adminRequest, role);
  const token = new URL(link).pathname.split("/").pop() ?? "";
  const suffix = uniqueName(role).replace(/\W+/g, "-").toLowerCase();
  const member = { name: `E2E ${role} ${suffix}`, email: `${suffix}@e2e.test`, password: "joined-password-1" };
  const context = await browser.newContext({ baseURL, storageState: SIGNED_OUT });
  const joined = await context.request.post("/api/invitations/accept", { data: { token, ...member } });
  if (!joined.ok()) throw new Error(`accepting the invitation answered ${joined.status()}: ${await joined.text()}`);
  return { context, ...member };
}
