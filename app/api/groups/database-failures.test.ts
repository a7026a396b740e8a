import { sql } from "kysely";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { GroupEntry } from "@/lib/registry/group-entry";
import type { GroupsPage } from "@/lib/registry/list-groups";
import { callRoute, routeTestDeps, setUpRouteTests } from "@/lib/registry/route-test-support";
import { addManyRuns } from "@/lib/run-cache/test-support";
import { createGroup, getGroup, waitUntilInactive } from "@/lib/testing/task-group-builders";
import * as runsRoute from "./[id]/runs/route";
import * as importRoute from "./import/route";
import * as groupsRoute from "./route";

// database-suite: sqlite-only (it breaks the SQLite file with pragmas).
// The console database failing under the routes: read-only, full, or refusing the write that
// records a group just created upstream. Each test puts the database back as it found it.
const upstream = setUpRouteTests();

interface ErrorBody {
  error: { code: string; message: string; detail?: { taskgroup_id?: string; database?: string } };
}

const realFetch = globalThis.fetch;

/** Counts the group creations sent upstream; `afterCreate` runs once one has been answered. */
function watchUpstreamCreations(afterCreate: () => Promise<void> = async () => {}): { count: () => number } {
  let count = 0;
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? (input instanceof Request ? input.method : "GET");
    const response = await realFetch(input, init);
    if (method === "POST" && new URL(url).pathname.endsWith("/tasks/groups")) {
      count++;
      await afterCreate();
    }
    return response;
  });
  return { count: () => count };
}

async function setReadOnly(on: boolean): Promise<void> {
  await sql.raw(`PRAGMA query_only = ${on ? 1 : 0}`).execute(routeTestDeps().db);
}

/**
 * Caps the database at its current size and fills the room left in it, so the next write that needs
 * a new page fails with SQLITE_FULL. SQLite keeps each table in its own pages, so with `creations`
 * the room left in `group_creations` (where a creation is recorded first) is filled too.
 */
async function fillDisk({ creations }: { creations: boolean }): Promise<() => Promise<void>> {
  const { db } = routeTestDeps();
  await sql`CREATE TABLE IF NOT EXISTS disk_filler (blob BLOB)`.execute(db);
  const pages = await sql<{ page_count: number }>`PRAGMA page_count`.execute(db);
  await sql.raw(`PRAGMA max_page_count = ${pages.rows[0].page_count}`).execute(db);
  const fill = async (insert: (n: number) => Promise<unknown>) => {
    for (let n = 0; ; n++) {
      try {
        await insert(n);
      } catch {
        return;
      }
    }
  };
  await fill(() => sql`INSERT INTO disk_filler VALUES (randomblob(256))`.execute(db));
  if (creations)
    await fill((n) =>
      db
        .insertInto("group_creations")
        .values({ idempotency_key: `filler-${n}`, request: "x".repeat(64), group_id: null, created_at_ms: Date.now() })
        .execute(),
    );
  return async () => {
    await sql`DROP TABLE disk_filler`.execute(db);
    if (creations) await db.deleteFrom("group_creations").where("idempotency_key", "like", "filler-%").execute();
    await sql.raw("PRAGMA max_page_count = 1073741823").execute(db);
  };
}

const create = (body: unknown, headers: Record<string, string> = {}) =>
  callRoute<GroupEntry & ErrorBody>(groupsRoute.POST, "POST", "/api/groups", { body, headers });
const list = (q: string) => callRoute<GroupsPage>(groupsRoute.GET, "GET", `/api/groups?q=${encodeURIComponent(q)}`);

afterEach(async () => {
  vi.restoreAllMocks();
  await setReadOnly(false);
});

describe("POST /api/groups with a database that takes no writes", () => {
  it("answers 503 saying the database is read-only, and creates nothing upstream", async () => {
    const creations = watchUpstreamCreations();
    await setReadOnly(true);
    const refused = await create({ metadata: { name: "never created" } });
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe("database_unavailable");
    expect(refused.body.error.message).toContain("read-only");
    expect(refused.body.error.message).not.toContain("Internal error");
    expect(creations.count()).toBe(0);
    // Reading still works.
    expect((await list("never created")).status).toBe(200);
  });

  it("answers 503 saying the disk is full, and creates nothing upstream", async () => {
    const creations = watchUpstreamCreations();
    const restore = await fillDisk({ creations: true });
    try {
      const refused = await create({ metadata: { name: "no room" } });
      expect(refused.status).toBe(503);
      expect(refused.body.error.message).toContain("disk is full");
      expect(refused.body.error.detail?.database).toBe("disk_full");
      expect(creations.count()).toBe(0);
    } finally {
      await restore();
    }
  });

  it("reports a group created upstream whose local write failed, by id; a retry with the same key saves it without creating another", async () => {
    const creations = watchUpstreamCreations(() => setReadOnly(true));
    const key = `retry-${Date.now()}`;
    const name = `made once ${Date.now()}`;
    const failed = await create({ metadata: { name } }, { "idempotency-key": key });
    expect(failed.status).toBe(503);
    const groupId = failed.body.error.detail?.taskgroup_id ?? "";
    expect(groupId).toMatch(/^tgrp_/);
    expect(failed.body.error.message).toContain(groupId);
    expect(failed.body.error.message).toContain("read-only");
    expect((await getGroup(upstream().api, groupId)).metadata?.name).toBe(name);
    expect(creations.count()).toBe(1);

    vi.restoreAllMocks();
    await setReadOnly(false);
    const counted = watchUpstreamCreations();
    const retried = await create({ metadata: { name } }, { "idempotency-key": key });
    expect(retried.status).toBe(201);
    expect(retried.body).toMatchObject({ taskgroup_id: groupId, name, source: "created" });
    const again = await create({ metadata: { name } }, { "idempotency-key": key });
    expect(again.body.taskgroup_id).toBe(groupId);
    expect(counted.count()).toBe(0);
    expect((await list(name)).body.items.map((g) => g.taskgroup_id)).toEqual([groupId]);

    const otherBody = await create({ metadata: { name: "something else" } }, { "idempotency-key": key });
    expect(otherBody.status).toBe(422);
    expect(otherBody.body.error.message).toContain("Idempotency-Key");
    const badKey = await create({}, { "idempotency-key": "has spaces in it" });
    expect(badKey.status).toBe(422);
    expect(badKey.body.error.message).toContain("'idempotency-key'");
  });

  it("a retry with the same key after a success returns the same group", async () => {
    const creations = watchUpstreamCreations();
    const key = `twice-${Date.now()}`;
    const first = await create({ metadata: { name: "asked twice" } }, { "idempotency-key": key });
    const second = await create({ metadata: { name: "asked twice" } }, { "idempotency-key": key });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.taskgroup_id).toBe(first.body.taskgroup_id);
    expect(creations.count()).toBe(1);
  });
});

describe("run loading with a full disk", () => {
  it("says the disk is full, not that a rollback failed", async () => {
    const group = await createGroup(upstream().api, { name: "no room for runs" });
    const id = group.taskgroup_id;
    await addManyRuns(upstream().api, id, 600);
    await waitUntilInactive(upstream().api, id, { timeoutMs: 30_000 });
    expect((await callRoute(importRoute.POST, "POST", "/api/groups/import", { body: { id } })).status).toBe(200);

    const restore = await fillDisk({ creations: false });
    try {
      const page = await callRoute<ErrorBody>(runsRoute.GET, "GET", `/api/groups/${id}/runs`, { params: { id } });
      expect(page.status).toBe(503);
      expect(page.body.error.message).toContain("disk is full");
      expect(page.body.error.message).not.toContain("cannot rollback");
    } finally {
      await restore();
    }
  });
});
