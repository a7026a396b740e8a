import { describe, expect, it } from "vitest";
import * as authRoute from "../../../app/api/auth/[...all]/route";
import * as auditRoute from "../../../app/api/audit/route";
import * as invitationRoute from "../../../app/api/invitations/[id]/route";
import * as acceptRoute from "../../../app/api/invitations/accept/route";
import * as invitationsRoute from "../../../app/api/invitations/route";
import * as meRoute from "../../../app/api/me/route";
import * as memberRoute from "../../../app/api/members/[id]/route";
import * as membersRoute from "../../../app/api/members/route";
import * as setupRoute from "../../../app/api/setup/route";
import type { Role } from "../roles";
import type { AuditPage, CreatedInvitation, MemberEntry, SignedInMember } from "../../contracts/team";
import { setUpRouteTests } from "../../registry/route-test-support";
import { Browser, errorOf, signedInDeps } from "./team-test-bed";

setUpRouteTests();

const OWNER = { name: "Olga Owner", email: "Owner@Example.test", password: "correct horse battery" };
const auth = (path: string) => ({ params: { all: path.split("/") }, path: `/api/auth/${path}` });

/** An invitation made by `owner`, with the token its link carries. */
async function invite(owner: Browser, role: Role): Promise<CreatedInvitation & { token: string }> {
  const created = (await (await owner.call(invitationsRoute.POST, "POST", "/api/invitations", { role })).json()) as CreatedInvitation;
  return { ...created, token: created.link.split("/invite/")[1] };
}

function accept(browser: Browser, token: string, joiner: { name: string; email: string; password: string }): Promise<Response> {
  return browser.call(acceptRoute.POST, "POST", "/api/invitations/accept", { token, ...joiner });
}

async function inviteAndJoin(owner: Browser, role: Role, email: string): Promise<Browser> {
  const { token } = await invite(owner, role);
  const joiner = new Browser();
  const joined = await accept(joiner, token, { name: role, email, password: `${role}-password-1` });
  expect(joined.status, await joined.clone().text()).toBe(200);
  return joiner;
}

function setRole(browser: Browser, id: string, role: Role): Promise<Response> {
  return browser.call(memberRoute.PATCH, "PATCH", `/api/members/${id}`, { role }, { id });
}

function removeMember(browser: Browser, id: string): Promise<Response> {
  return browser.call(memberRoute.DELETE, "DELETE", `/api/members/${id}`, undefined, { id });
}

async function signIn(browser: Browser, email: string, password: string): Promise<Response> {
  const { params, path } = auth("sign-in/email");
  return browser.call(authRoute.POST, "POST", path, { email, password }, params);
}

describe("sign-in, setup, invitations and members, through the routes with real sessions", () => {
  const owner = new Browser();

  it("creates the owner on the first visit, once, and signs them in with an httpOnly SameSite=Lax cookie", async () => {
    const before = await (await new Browser().call(setupRoute.GET, "GET", "/api/setup")).json();
    expect(before).toEqual({ needsSetup: true, singleSignOn: null });
    expect((await new Browser().call(meRoute.GET, "GET", "/api/me")).status).toBe(401);

    const created = await owner.call(setupRoute.POST, "POST", "/api/setup", OWNER);
    expect(created.status).toBe(200);
    const cookie = created.headers.getSetCookie().find((line) => line.includes("session_token"));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = (await (await owner.call(meRoute.GET, "GET", "/api/me")).json()) as SignedInMember;
    expect(me).toMatchObject({ email: "owner@example.test", role: "admin", isOwner: true });

    const again = await new Browser().call(setupRoute.POST, "POST", "/api/setup", { ...OWNER, email: "intruder@example.test" });
    expect(again.status).toBe(409);
    expect(await (await new Browser().call(setupRoute.GET, "GET", "/api/setup")).json()).toMatchObject({ needsSetup: false });
  });

  it("refuses a short password at setup, naming the field", async () => {
    const response = await new Browser().call(setupRoute.POST, "POST", "/api/setup", { ...OWNER, password: "short" });
    expect(response.status).toBe(422);
    expect((await errorOf(response)).message).toMatch(/password.*at least 10 characters/);
  });

  it("joins an invited viewer with that role, once; a revoked invitation does not work", async () => {
    const viewer = await inviteAndJoin(owner, "viewer", "vic@example.test");
    expect(((await (await viewer.call(meRoute.GET, "GET", "/api/me")).json()) as SignedInMember).role).toBe("viewer");
    expect((await viewer.call(membersRoute.GET, "GET", "/api/members")).status).toBe(403);

    const { token } = await invite(owner, "operator");
    const first = await accept(new Browser(), token, { name: "a", email: "a@example.test", password: "a-password-1" });
    expect(first.status).toBe(200);
    const second = await accept(new Browser(), token, { name: "b", email: "b@example.test", password: "b-password-1" });
    expect(second.status).toBe(409);
    expect((await errorOf(second)).message).toContain("already used");

    const revoked = await invite(owner, "viewer");
    expect(
      (await owner.call(invitationRoute.DELETE, "DELETE", `/api/invitations/${revoked.id}`, undefined, { id: revoked.id })).status,
    ).toBe(204);
    const late = await accept(new Browser(), revoked.token, { name: "c", email: "c@example.test", password: "c-password-1" });
    expect(late.status).toBe(409);
    expect((await errorOf(late)).message).toContain("revoked");
  });

  it("keeps an invitation usable when joining fails because the email is already a member", async () => {
    const { token } = await invite(owner, "viewer");
    const taken = await accept(new Browser(), token, { name: "x", email: OWNER.email, password: "x-password-12" });
    expect(taken.status).toBe(409);
    const retried = await accept(new Browser(), token, { name: "x", email: "x@example.test", password: "x-password-12" });
    expect(retried.status).toBe(200);
  });

  it("answers an unknown email and a wrong password alike, and slows an account after 5 failures", async () => {
    const unknown = await signIn(new Browser(), "nobody@example.test", "whatever-password");
    const wrong = await signIn(new Browser(), "vic@example.test", "wrong-password-1");
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect((await unknown.json()).message).toBe((await wrong.json()).message);

    for (let attempt = 2; attempt <= 5; attempt += 1)
      expect((await signIn(new Browser(), "vic@example.test", "wrong-password-1")).status).toBe(401);
    const slowed = await signIn(new Browser(), "vic@example.test", "viewer-password-1");
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await errorOf(slowed)).message).toMatch(/Too many failed sign-ins\. Try again in \d+ s\./);
    // Another account from the same address is not slowed by vic's failures.
    expect((await signIn(new Browser(), OWNER.email, OWNER.password)).status).toBe(200);
  });

  it("signs out: the session no longer works", async () => {
    const browser = new Browser();
    expect((await signIn(browser, OWNER.email, OWNER.password)).status).toBe(200);
    expect((await browser.call(meRoute.GET, "GET", "/api/me")).status).toBe(200);
    const cookieBefore = browser.cookieHeader();
    const { params, path } = auth("sign-out");
    expect((await browser.call(authRoute.POST, "POST", path, {}, params)).status).toBe(200);
    const replay = new Browser();
    replay.keep(new Response(null, { headers: { "set-cookie": cookieBefore } }));
    expect((await replay.call(meRoute.GET, "GET", "/api/me")).status).toBe(401);
  });

  it("exposes no sign-up endpoint: members join only by setup or invitation", async () => {
    const { params, path } = auth("sign-up/email");
    const response = await new Browser().call(
      authRoute.POST,
      "POST",
      path,
      { email: "self@example.test", password: "self-password-1", name: "s" },
      params,
    );
    expect(response.status).toBe(404);
  });

  it("protects the owner and the last admin; removing a member ends their sessions at once", async () => {
    const members = ((await (await owner.call(membersRoute.GET, "GET", "/api/members")).json()) as { items: MemberEntry[] }).items;
    const ownerEntry = members.find((m) => m.isOwner)!;
    const admin = await inviteAndJoin(owner, "admin", "ada@example.test");
    const adaId = ((await (await admin.call(meRoute.GET, "GET", "/api/me")).json()) as SignedInMember).id;

    const demoteOwner = await setRole(admin, ownerEntry.id, "viewer");
    expect(demoteOwner.status).toBe(403);
    expect((await removeMember(admin, ownerEntry.id)).status).toBe(403);

    expect((await removeMember(owner, adaId)).status).toBe(204);
    expect((await admin.call(meRoute.GET, "GET", "/api/me")).status).toBe(401);

    // The owner is the last admin now: demoting themselves would leave none.
    const lastAdmin = await setRole(owner, ownerEntry.id, "operator");
    expect(lastAdmin.status).toBe(409);
    expect((await errorOf(lastAdmin)).message).toContain("at least one admin");
  });

  it("records who did what in the audit log, with the client's address, filterable", async () => {
    const page = (await (await owner.call(auditRoute.GET, "GET", "/api/audit?limit=200")).json()) as AuditPage;
    const actions = page.items.map((entry) => entry.action);
    for (const action of [
      "setup.owner_created",
      "member.invited",
      "member.joined",
      "member.invitation_revoked",
      "sign_in.failed",
      "sign_in.succeeded",
      "sign_out",
      "member.removed",
    ])
      expect(actions, action).toContain(action);
    const failed = page.items.filter((entry) => entry.action === "sign_in.failed");
    expect(failed.map((entry) => entry.actor)).toContain("nobody@example.test");
    expect(failed.every((entry) => entry.ip === "10.0.0.7")).toBe(true);

    const filtered = (await (await owner.call(auditRoute.GET, "GET", "/api/audit?action=member.removed")).json()) as AuditPage;
    expect(filtered.items.map((entry) => entry.action)).toEqual(["member.removed"]);
    expect(filtered.items[0].detail).toMatchObject({ email: "ada@example.test" });
    const db = (await signedInDeps()).db;
    expect(await db.selectFrom("audit_log").select("id").execute()).toHaveLength(page.items.length);
  });
});
