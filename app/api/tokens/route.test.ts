import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import type { Role } from "@/lib/auth/roles";
import { requestAuthenticator } from "@/lib/auth/token-authenticator.server";
import type { ApiTokenEntry, CreatedApiToken } from "@/lib/contracts/api-tokens";
import type { BuiltRoute } from "@/lib/http/define-route";
import { routeTestDeps, setUpRouteTests } from "@/lib/registry/route-test-support";
import { asMember } from "@/lib/testing/test-auth";
import * as groupsRoute from "../groups/route";
import * as tokenRoute from "./[id]/route";
import * as tokensRoute from "./route";

// Personal API tokens through their routes: each member manages their own, admins everyone's, and a
// token then opens the console's API as its member.

setUpRouteTests();

async function addMember(role: Role): Promise<Member> {
  const id = randomUUID();
  const email = `${role}-${id.slice(0, 8)}@console.test`;
  const now = new Date().toISOString();
  await routeTestDeps()
    .db.insertInto("user")
    .values({ id, name: role, email, emailVerified: 1, image: null, createdAt: now, updatedAt: now, role, isOwner: 0 })
    .execute();
  return { id, email, name: role, role, isOwner: false, sessionId: `session-${id}` };
}

/** Calls `route` as `member` signed in (null: only the request's own credentials count). */
async function call<T>(
  member: Member | null,
  route: BuiltRoute,
  method: string,
  path: string,
  { body, params = {}, headers = {} }: { body?: unknown; params?: Record<string, string>; headers?: Record<string, string> } = {},
) {
  const base = routeTestDeps();
  const deps = { ...base, auth: { ...base.auth, authenticator: requestAuthenticator(asMember(member), base.db) } };
  const response = await route.withDeps(deps)(
    new Request(`http://console.test${path}`, {
      method,
      headers: { "content-type": "application/json", "x-console-peer-ip": "192.0.2.9", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

const create = (member: Member, body: unknown) =>
  call<CreatedApiToken & { error: { message: string } }>(member, tokensRoute.POST, "POST", "/api/tokens", { body });

describe("creating a token", () => {
  it("answers the token once, with the tgc_ prefix, and keeps only its hash", async () => {
    const operator = await addMember("operator");
    const created = await create(operator, { name: "nightly import", scope: "write" });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^tgc_[A-Za-z0-9_-]{43}$/);
    expect(created.body).toMatchObject({
      name: "nightly import",
      scope: "write",
      state: "active",
      memberEmail: operator.email,
      lastUsedAt: null,
    });
    expect(created.body.token.startsWith(created.body.hint)).toBe(true);
    // 30 days by default.
    expect(Date.parse(created.body.expiresAt!) - Date.parse(created.body.createdAt)).toBe(30 * 86_400_000);
    const stored = await routeTestDeps()
      .db.selectFrom("api_tokens")
      .selectAll()
      .where("id", "=", created.body.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(created.body.token);
    const listed = await call<{ items: Array<Record<string, unknown>> }>(operator, tokensRoute.GET, "GET", "/api/tokens");
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0]).not.toHaveProperty("token");
  });

  it("refuses a write token to a viewer, and names what is wrong in a bad body", async () => {
    const viewer = await addMember("viewer");
    const refused = await create(viewer, { name: "mine", scope: "write" });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain("read tokens only");
    expect((await create(viewer, { name: "mine", scope: "read" })).status).toBe(201);
    const bad = await create(viewer, { name: "", scope: "admin", expiresInDays: 3 });
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toMatch(/name/);
  });

  it("is recorded in the audit log, and a token cannot make more tokens", async () => {
    const operator = await addMember("operator");
    const created = await create(operator, { name: "ci", scope: "write" });
    const entry = await routeTestDeps()
      .db.selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "token.created")
      .where("target_id", "=", created.body.id)
      .executeTakeFirstOrThrow();
    expect(entry.actor_id).toBe(operator.id);
    expect(JSON.parse(entry.detail ?? "{}")).toMatchObject({ name: "ci", scope: "write" });
    const minted = await call(null, tokensRoute.POST, "POST", "/api/tokens", {
      body: { name: "successor", scope: "write" },
      headers: { "x-api-key": created.body.token },
    });
    expect(minted.status).toBe(403);
  });
});

describe("listing and revoking", () => {
  it("shows members their own tokens, and admins everyone's with all=1", async () => {
    const alice = await addMember("operator");
    const bob = await addMember("viewer");
    const admin = await addMember("admin");
    await create(alice, { name: "alice's", scope: "read" });
    await create(bob, { name: "bob's", scope: "read" });
    const own = await call<{ items: ApiTokenEntry[] }>(alice, tokensRoute.GET, "GET", "/api/tokens");
    expect(own.body.items.map((t) => t.name)).toEqual(["alice's"]);
    expect((await call(alice, tokensRoute.GET, "GET", "/api/tokens?all=1")).status).toBe(403);
    const all = await call<{ items: ApiTokenEntry[] }>(admin, tokensRoute.GET, "GET", "/api/tokens?all=1");
    expect(all.body.items.map((t) => t.memberEmail)).toEqual(expect.arrayContaining([alice.email, bob.email]));
  });

  it("revokes your own at once; someone else's only as an admin", async () => {
    const alice = await addMember("operator");
    const mallory = await addMember("operator");
    const admin = await addMember("admin");
    const token = (await create(alice, { name: "script", scope: "read" })).body;
    const asToken = () => call(null, groupsRoute.GET, "GET", "/api/groups", { headers: { authorization: `Bearer ${token.token}` } });
    expect((await asToken()).status).toBe(200);
    const del = (member: Member) => call(member, tokenRoute.DELETE, "DELETE", `/api/tokens/${token.id}`, { params: { id: token.id } });
    expect((await del(mallory)).status).toBe(404);
    expect((await asToken()).status).toBe(200);
    expect((await del(admin)).status).toBe(204);
    expect((await asToken()).status).toBe(401);
    expect((await del(alice)).status).toBe(409);
    const mine = await call<{ items: ApiTokenEntry[] }>(alice, tokensRoute.GET, "GET", "/api/tokens");
    expect(mine.body.items[0]).toMatchObject({ id: token.id, state: "revoked" });
    const revoked = await routeTestDeps()
      .db.selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "token.revoked")
      .where("target_id", "=", token.id)
      .executeTakeFirstOrThrow();
    expect(revoked.actor_id).toBe(admin.id);
  });
});

describe("a token on the console's own API", () => {
  it("opens /api/groups as its member, and its last use is shown", async () => {
    const operator = await addMember("operator");
    const token = (await create(operator, { name: "reader", scope: "read" })).body;
    const listed = await call(null, groupsRoute.GET, "GET", "/api/groups", { headers: { "x-api-key": token.token } });
    expect(listed.status).toBe(200);
    const refused = await call(null, groupsRoute.POST, "POST", "/api/groups", {
      body: { metadata: { name: "no" } },
      headers: { "x-api-key": token.token },
    });
    expect(refused.status).toBe(403);
    const mine = await call<{ items: ApiTokenEntry[] }>(operator, tokensRoute.GET, "GET", "/api/tokens");
    expect(mine.body.items[0].lastUsedAt).not.toBeNull();
  });
});
