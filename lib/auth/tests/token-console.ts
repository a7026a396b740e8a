import { randomUUID } from "node:crypto";
import * as gatewayRoute from "@/app/api/parallel/[...path]/route";
import type { UpstreamTarget } from "@/lib/parallel/upstream-target";
import type { ConsoleDatabase } from "@/lib/registry/database-schema";
import { openTestConsoleDatabase } from "@/lib/testing/test-console-database";
import { serveFetchHandler } from "@/lib/testing/serve-fetch-handler";
import { testRouteDeps } from "@/lib/testing/test-route-deps";
import type { ApiTokenScope } from "@/lib/contracts/api-tokens";
import { createApiToken } from "../api-tokens";
import { buildAuthDeps } from "../console-auth-deps.server";
import type { Member } from "../member";
import type { Role } from "../roles";

// Test support: the console's gateway route handler served over real HTTP with the real sign-in
// (personal API tokens and sessions) on an in-memory database, in front of `target`.

const GATEWAY_PREFIX = "/api/parallel/";

export interface TokenConsole {
  /** Base URL for the SDK: `<console>/api/parallel`. */
  baseURL: string;
  db: ConsoleDatabase;
  /** A member in the database, as sign-up would leave them. */
  addMember(role: Role): Promise<Member>;
  /** A new token of `member`'s; `createdAtMs` in the past makes one that has expired. */
  tokenFor(
    member: Member,
    scope: ApiTokenScope,
    options?: { expiresInDays?: number; createdAtMs?: number },
  ): Promise<{ id: string; token: string }>;
  close(): Promise<void>;
}

export async function startTokenConsole(target: UpstreamTarget): Promise<TokenConsole> {
  const db = await openTestConsoleDatabase();
  const deps = testRouteDeps(db, target, await buildAuthDeps(db, {}));
  const server = await serveFetchHandler(async (request) => {
    const path = new URL(request.url).pathname;
    if (!path.startsWith(GATEWAY_PREFIX)) return new Response("not found", { status: 404 });
    const handler = request.method === "GET" ? gatewayRoute.GET : gatewayRoute.POST;
    return handler.withDeps(deps)(request, { params: Promise.resolve({ path: path.slice(GATEWAY_PREFIX.length).split("/") }) });
  });
  return {
    baseURL: `${server.url}/api/parallel`,
    db,
    async addMember(role) {
      const id = randomUUID();
      const email = `${role}-${id.slice(0, 8)}@console.test`;
      const now = new Date().toISOString();
      await db
        .insertInto("user")
        .values({ id, name: role, email, emailVerified: 1, image: null, createdAt: now, updatedAt: now, role, isOwner: 0 })
        .execute();
      return { id, email, name: role, role, isOwner: false, sessionId: `session-${id}` };
    },
    async tokenFor(member, scope, { expiresInDays = 30, createdAtMs } = {}) {
      const created = await createApiToken(db, member, { name: `${scope} token`, scope, expiresInDays }, createdAtMs);
      return { id: created.id, token: created.token };
    },
    async close() {
      deps.gateway.hub.closeAll();
      await server.close();
      await db.destroy();
    },
  };
}
