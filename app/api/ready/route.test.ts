import { rm } from "node:fs/promises";
import { sql } from "kysely";
import { describe, expect, it, vi } from "vitest";
import * as groupRoute from "@/app/api/groups/[id]/route";
import * as groupsRoute from "@/app/api/groups/route";
import type { GroupEntry } from "@/lib/registry/group-entry";
import { callRoute, routeTestDatabaseFile, routeTestDeps, setUpRouteTests } from "@/lib/registry/route-test-support";
import { GET } from "./route";

// The last test deletes the database file, so this file keeps its own database (see route-test-support).
// database-suite: sqlite-only (it deletes the SQLite file).
setUpRouteTests();

interface ReadyBody {
  status?: string;
  error?: { code: string; message: string };
}

const ready = () => callRoute<ReadyBody>(GET, "GET", "/api/ready");

describe("GET /api/ready", () => {
  it("is ready while the database takes writes, and names a read-only database", async () => {
    expect(await ready()).toMatchObject({ status: 200, body: { status: "ready" } });
    const { db } = routeTestDeps();
    await sql`PRAGMA query_only = 1`.execute(db);
    try {
      const notReady = await ready();
      expect(notReady.status).toBe(503);
      expect(notReady.body.error?.code).toBe("database_unavailable");
      expect(notReady.body.error?.message).toContain("read-only");
    } finally {
      await sql`PRAGMA query_only = 0`.execute(db);
    }
    expect((await ready()).status).toBe(200);
  });

  it("notices a database file deleted while the console runs: not ready, logged, and writes refused", async () => {
    const created = await callRoute<GroupEntry>(groupsRoute.POST, "POST", "/api/groups", {
      body: { metadata: { name: "before the deletion" } },
    });
    expect(created.status).toBe(201);
    const id = created.body.taskgroup_id;
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const upstreamCalls = vi.spyOn(globalThis, "fetch");
    try {
      await rm(routeTestDatabaseFile());

      const notReady = await ready();
      expect(notReady.status).toBe(503);
      expect(notReady.body.error?.message).toContain("database file was deleted");
      expect(logged.mock.calls.flat().map(String).join("\n")).toContain("database file was deleted");

      upstreamCalls.mockClear();
      const create = await callRoute<ReadyBody>(groupsRoute.POST, "POST", "/api/groups", {
        body: { metadata: { name: "after the deletion" } },
      });
      expect(create.status).toBe(503);
      expect(create.body.error?.message).toContain("database file was deleted");
      // Refused before anything was created upstream.
      expect(upstreamCalls).not.toHaveBeenCalled();

      const rename = await callRoute<ReadyBody>(groupRoute.PATCH, "PATCH", `/api/groups/${id}`, {
        params: { id },
        body: { name: "renamed" },
      });
      expect(rename.status).toBe(503);
      expect(rename.body.error?.message).toContain("database file was deleted");
    } finally {
      logged.mockRestore();
      upstreamCalls.mockRestore();
    }
  });
});
