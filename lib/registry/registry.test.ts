import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TaskGroupResponse, TaskGroupStatus } from "../parallel/types";
import type { ConsoleDatabase } from "./database-schema";
import { forgetGroup } from "./forget-group";
import { getGroup } from "./get-group";
import { getStatusHistory } from "./get-status-history";
import { listGroups, type GroupSort } from "./list-groups";
import { CONSOLE_MIGRATIONS } from "./console-migrations";
import { openConsoleDatabase } from "./open-console-database";
import { openTestConsoleDatabase } from "../testing/test-console-database";
import { recordGroupStatus } from "./record-group-status";
import { rememberGroup } from "./remember-group";
import { renameGroup } from "./rename-group";
import { MAX_STATUS_SAMPLES } from "./status-sample-downsampling";
import { listUploads } from "./uploads/get-upload";
import { registerUpload } from "./uploads/register-upload";

const UPSTREAM = "http://127.0.0.1:4010/v1beta";

function status(numRuns: number, completed = 0, isActive = numRuns > completed): TaskGroupStatus {
  return {
    num_task_runs: numRuns,
    task_run_status_counts: { completed, running: numRuns - completed },
    is_active: isActive,
    status_message: null,
    modified_at: "2026-01-01T00:00:00Z",
  };
}

let serial = 0;
function group(overrides: Partial<TaskGroupResponse> = {}): TaskGroupResponse {
  serial++;
  return {
    taskgroup_id: `tgrp_test${String(serial).padStart(4, "0")}`,
    metadata: null,
    status: status(0),
    created_at: `2026-01-01T00:00:${String(serial % 60).padStart(2, "0")}Z`,
    ...overrides,
  };
}

let db: ConsoleDatabase;
beforeEach(async () => {
  db = await openTestConsoleDatabase();
});
afterEach(async () => {
  await db.destroy();
});

describe("registry", () => {
  it("remembers, renames locally and forgets a group", async () => {
    const g = group({ metadata: { name: "Seed list", owner: "ops" }, status: status(3, 1) });
    const entry = await rememberGroup({ db, group: g, upstream: UPSTREAM, source: "created", atMs: 1_000 });
    expect(entry).toMatchObject({
      taskgroup_id: g.taskgroup_id,
      name: "Seed list",
      metadata: { name: "Seed list", owner: "ops" },
      created_at: g.created_at,
      upstream: UPSTREAM,
      source: "created",
      is_active: true,
      num_runs: 3,
      status_counts: { completed: 1, running: 2 },
      added_at: new Date(1_000).toISOString(),
    });

    expect((await renameGroup({ db, groupId: g.taskgroup_id, name: "  Renamed  " })).name).toBe("Renamed");
    // Remembering it again (a refresh, as an import) keeps the local name and the original source.
    const refreshed = await rememberGroup({ db, group: { ...g, status: status(3, 3) }, upstream: UPSTREAM, source: "imported" });
    expect(refreshed).toMatchObject({ name: "Renamed", source: "created", is_active: false, status_counts: { completed: 3 } });
    expect(refreshed.added_at).toBe(new Date(1_000).toISOString());

    const upload = { id: "upl_0123456789abcdef", group_id: g.taskgroup_id, kind: "file" as const, label: "seeds.csv", total_rows: 3 };
    await registerUpload({ db, upload, batches: [{ index: 0, row_count: 3, first_row: 1, last_row: 3 }] });
    const otherGroup = group();
    await rememberGroup({ db, group: otherGroup, upstream: UPSTREAM, source: "created" });
    await registerUpload({ db, upload: { ...upload, id: "upl_fedcba9876543210", group_id: otherGroup.taskgroup_id }, batches: [] });

    await forgetGroup({ db, groupId: g.taskgroup_id });
    expect(await getGroup({ db, groupId: g.taskgroup_id })).toBeNull();
    expect(await listUploads({ db, groupId: g.taskgroup_id })).toEqual([]);
    expect((await listUploads({ db, groupId: otherGroup.taskgroup_id })).map((u) => u.id)).toEqual(["upl_fedcba9876543210"]);
    const batchRows = await db.selectFrom("upload_batches").select("upload_id").execute();
    expect(batchRows).toEqual([]);
    expect(await getStatusHistory({ db, groupId: g.taskgroup_id })).toEqual([]);
    await expect(forgetGroup({ db, groupId: g.taskgroup_id })).rejects.toMatchObject({ code: "not_found" });
    await expect(renameGroup({ db, groupId: g.taskgroup_id, name: "x" })).rejects.toMatchObject({ status: 404 });
  });

  it("names a group from metadata.name only, and clears a name set to empty", async () => {
    const unnamed = await rememberGroup({ db, group: group({ metadata: { owner: "x" } }), upstream: UPSTREAM, source: "imported" });
    expect(unnamed.name).toBeNull();
    const numeric = await rememberGroup({ db, group: group({ metadata: { name: 42 } }), upstream: UPSTREAM, source: "imported" });
    expect(numeric.name).toBe("42");
    expect((await renameGroup({ db, groupId: numeric.taskgroup_id, name: "" })).name).toBeNull();
  });

  it("lists with search, every sort, both orders, and cursor pages that cover each group once", async () => {
    const names = ["bravo", "Alpha", "charlie 100%", "delta_x", null, "data-x"];
    for (const [i, name] of names.entries()) {
      await rememberGroup({
        db,
        group: group({ metadata: name === null ? { team: "ops" } : { name, team: i % 2 ? "ops" : "research" }, status: status(i * 10) }),
        upstream: UPSTREAM,
        source: "created",
        atMs: 10_000 + i,
      });
    }
    const all = await listGroups({ db, limit: 100 });
    expect(all.total).toBe(6);
    // Default: most recently added first.
    expect(all.items.map((g) => g.name)).toEqual([...names].reverse());

    const sortKeys: Record<GroupSort, (g: (typeof all.items)[number]) => string | number> = {
      name: (g) => (g.name ?? "").toLowerCase(),
      num_runs: (g) => g.num_runs,
      created_at: (g) => g.created_at ?? "",
      added_at: (g) => Date.parse(g.added_at),
    };
    for (const sort of Object.keys(sortKeys) as GroupSort[]) {
      for (const order of ["asc", "desc"] as const) {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await listGroups({ db, sort, order, limit: 4, cursor });
          expect(page.items.length).toBeLessThanOrEqual(4);
          expect(page.total).toBe(6);
          seen.push(...page.items.map((g) => g.taskgroup_id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        const expected = [...all.items]
          .sort((a, b) => {
            const [x, y] = [sortKeys[sort](a), sortKeys[sort](b)];
            const byKey = x < y ? -1 : x > y ? 1 : a.taskgroup_id < b.taskgroup_id ? -1 : 1;
            return order === "asc" ? byKey : -byKey;
          })
          .map((g) => g.taskgroup_id);
        expect(seen, `${sort} ${order}`).toEqual(expected);
      }
    }

    const byName = await listGroups({ db, q: "ALPHA" });
    expect(byName.items.map((g) => g.name)).toEqual(["Alpha"]);
    // LIKE wildcards in q are literal.
    expect((await listGroups({ db, q: "%" })).items.map((g) => g.name)).toEqual(["charlie 100%"]);
    expect((await listGroups({ db, q: "ta_x" })).items.map((g) => g.name)).toEqual(["delta_x"]);
    // Metadata and ids match too.
    expect((await listGroups({ db, q: "research" })).total).toBe(2);
    expect((await listGroups({ db, q: all.items[0].taskgroup_id })).total).toBe(1);

    await expect(listGroups({ db, cursor: "not-a-cursor" })).rejects.toMatchObject({ status: 422 });
    const firstPage = await listGroups({ db, sort: "name", limit: 2 });
    await expect(listGroups({ db, sort: "num_runs", cursor: firstPage.nextCursor! })).rejects.toMatchObject({ status: 422 });
  });

  it("records statuses as a downsampled history in the database", async () => {
    const g = group();
    await rememberGroup({ db, group: g, upstream: UPSTREAM, source: "created", atMs: 0 });
    const start = 0;
    // An hour at one status per second.
    for (let s = 1; s <= 3_600; s++) {
      expect(await recordGroupStatus({ db, groupId: g.taskgroup_id, status: status(3_600, s), atMs: start + s * 1_000 })).toBe(true);
    }
    const history = await getStatusHistory({ db, groupId: g.taskgroup_id });
    expect(history.length).toBeLessThan(1_000);
    expect(history.length).toBeGreaterThan(250);
    expect(history[0]).toMatchObject({ at_ms: 0, num_runs: 0 });
    expect(history[history.length - 1]).toEqual({
      at_ms: 3_600_000,
      num_runs: 3_600,
      counts: { completed: 3_600, running: 0 },
    });
    expect((await getGroup({ db, groupId: g.taskgroup_id }))?.status_counts).toEqual({ completed: 3_600, running: 0 });

    // A status for a group that is not remembered is not stored.
    expect(await recordGroupStatus({ db, groupId: "tgrp_unknown", status: status(1), atMs: 1 })).toBe(false);
    expect(await getStatusHistory({ db, groupId: "tgrp_unknown" })).toEqual([]);
  });

  it("thins a full history down, keeping its first and latest samples", async () => {
    const g = group();
    await rememberGroup({ db, group: g, upstream: UPSTREAM, source: "created", atMs: 0 });
    const rows = Array.from({ length: MAX_STATUS_SAMPLES }, (_, i) => ({
      group_id: g.taskgroup_id,
      at_ms: (i + 1) * 60_000,
      num_runs: i,
      counts: "{}",
    }));
    for (let i = 0; i < rows.length; i += 200)
      await db
        .insertInto("status_samples")
        .values(rows.slice(i, i + 200))
        .execute();
    const lastAt = (MAX_STATUS_SAMPLES + 10) * 60_000;
    await recordGroupStatus({ db, groupId: g.taskgroup_id, status: status(7), atMs: lastAt });
    const history = await getStatusHistory({ db, groupId: g.taskgroup_id });
    expect(history.length).toBeLessThanOrEqual(MAX_STATUS_SAMPLES / 2 + 2);
    expect(history[0].at_ms).toBe(0);
    expect(history[history.length - 1]).toMatchObject({ at_ms: lastAt, num_runs: 7 });
  });

  it("migrates a database file once and reopens it with its data", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "console-db-"));
    try {
      const file = path.join(dir, "nested", "console.db");
      const first = await openConsoleDatabase(file);
      const g = group({ metadata: { name: "kept" } });
      await rememberGroup({ db: first, group: g, upstream: UPSTREAM, source: "imported" });
      await first.destroy();
      const again = await openConsoleDatabase(file);
      expect((await getGroup({ db: again, groupId: g.taskgroup_id }))?.name).toBe("kept");
      const migrations = await again
        .selectFrom("kysely_migration" as never)
        .select("name" as never)
        .execute();
      // Each versioned migration ran exactly once, in order, across both opens.
      expect(migrations).toEqual(
        Object.keys(CONSOLE_MIGRATIONS)
          .sort()
          .map((name) => ({ name })),
      );
      await again.destroy();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
