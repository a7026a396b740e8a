import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TaskRunEvent } from "../parallel/types";
import type { ConsoleDatabase } from "../registry/database-schema";
import { getGroup } from "../registry/get-group";
import { openTestConsoleDatabase } from "../testing/test-console-database";
import { importGroup } from "../registry/refresh-group";
import { createGroup, waitUntilInactive } from "../testing/task-group-builders";
import { applyRunStateEvents } from "./apply-run-state-events";
import { getIngestState } from "./ingest-state";
import { ingestGroupRuns } from "./ingest-group-runs";
import { addManyRuns, startTestUpstream, type TestUpstream } from "./test-support";

let upstream: TestUpstream;
let db: ConsoleDatabase;

beforeAll(async () => {
  upstream = await startTestUpstream({ failureRate: 0.1 });
});
afterAll(async () => {
  await upstream.emulator.close();
});
beforeEach(async () => {
  db = await openTestConsoleDatabase();
  return () => db.destroy();
});

async function cachedRuns(groupId: string) {
  return db.selectFrom("runs").selectAll().where("group_id", "=", groupId).orderBy("position").execute();
}

type CachedRunRow = Awaited<ReturnType<typeof cachedRuns>>[number];

function runStateEvent(row: CachedRunRow, groupId: string, status: "running" | "failed" | "completed", modifiedAt: string): TaskRunEvent {
  return {
    type: "task_run.state",
    event_id: null,
    run: {
      run_id: row.run_id,
      interaction_id: row.interaction_id,
      processor: row.processor,
      metadata: null,
      taskgroup_id: groupId,
      created_at: row.created_at,
      warnings: null,
      status,
      is_active: status === "running",
      modified_at: modifiedAt,
      error: status === "failed" ? { ref_id: "r1", message: "boom" } : null,
    },
  };
}

async function newGroup(runs: number, processor = "lite") {
  const group = await createGroup(upstream.api, { name: `ingest ${runs}` });
  const ids = await addManyRuns(upstream.api, group.taskgroup_id, runs, { processor });
  await importGroup({ db, target: upstream.target, groupId: group.taskgroup_id });
  return { groupId: group.taskgroup_id, ids };
}

describe("ingestGroupRuns", () => {
  it("resumes after an abort midway and ends with each of 2,000 runs exactly once, in stream order", async () => {
    const { groupId, ids } = await newGroup(2_000);
    await waitUntilInactive(upstream.api, groupId);

    const controller = new AbortController();
    const interrupted = ingestGroupRuns({
      db,
      target: upstream.target,
      groupId,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(interrupted).rejects.toThrow();
    const midway = await getIngestState({ db, groupId });
    expect(midway?.ingestedCount).toBeGreaterThan(0);
    expect(midway?.ingestedCount).toBeLessThan(2_000);
    expect(midway?.runsCursor).not.toBeNull();
    expect(midway?.passComplete).toBe(false);
    expect((await cachedRuns(groupId)).length).toBe(midway?.ingestedCount);

    const state = await ingestGroupRuns({ db, target: upstream.target, groupId, signal: new AbortController().signal });
    expect(state).toMatchObject({ ingestedCount: 2_000, passComplete: true, final: true, lastError: null });
    const rows = await cachedRuns(groupId);
    expect(rows.map((r) => r.run_id)).toEqual(ids);
    expect(new Set(rows.map((r) => r.position)).size).toBe(2_000);
    expect(rows.every((r) => r.input !== null && r.is_active === 0)).toBe(true);
    expect(rows.every((r) => (r.status === "completed") === (r.output !== null))).toBe(true);
    const group = await getGroup({ db, groupId });
    expect(rows.filter((r) => r.status === "failed").length).toBe(group?.status_counts.failed ?? 0);

    // A final group is not read again.
    expect(await ingestGroupRuns({ db, target: upstream.target, groupId, signal: new AbortController().signal })).toEqual(state);
  });

  it("resumes through connections the upstream cuts, without gaps or duplicates", async () => {
    const flaky = await startTestUpstream({ dropAfterEvents: 150 });
    try {
      const group = await createGroup(flaky.api);
      const ids = await addManyRuns(flaky.api, group.taskgroup_id, 1_000);
      await importGroup({ db, target: flaky.target, groupId: group.taskgroup_id });
      const state = await ingestGroupRuns({ db, target: flaky.target, groupId: group.taskgroup_id, signal: new AbortController().signal });
      expect(state.ingestedCount).toBe(1_000);
      expect((await cachedRuns(group.taskgroup_id)).map((r) => r.run_id)).toEqual(ids);
    } finally {
      await flaky.emulator.close();
    }
  });

  it("catches up runs that finished after they were cached, then marks the group final", async () => {
    // pro runs take 240 ms to 1.2 s here: still running when first read.
    const { groupId, ids } = await newGroup(60, "pro");
    const first = await ingestGroupRuns({ db, target: upstream.target, groupId, signal: new AbortController().signal });
    expect(first).toMatchObject({ ingestedCount: 60, passComplete: true, final: false });
    expect((await cachedRuns(groupId)).some((r) => r.is_active === 1)).toBe(true);

    await waitUntilInactive(upstream.api, groupId);
    const done = await ingestGroupRuns({ db, target: upstream.target, groupId, signal: new AbortController().signal });
    expect(done).toMatchObject({ ingestedCount: 60, final: true });
    const rows = await cachedRuns(groupId);
    expect(rows.map((r) => r.run_id)).toEqual(ids);
    expect(rows.every((r) => r.is_active === 0)).toBe(true);
    expect(rows.every((r) => (r.status === "completed") === (r.output !== null))).toBe(true);
    // The search text gained the output.
    const completed = rows.find((r) => r.status === "completed")!;
    expect(completed.search_text.length).toBeGreaterThan(completed.run_id.length + 40);
  });

  it("catches up many stale runs with one pass over the runs stream", async () => {
    const { groupId } = await newGroup(400, "ultra");
    await ingestGroupRuns({ db, target: upstream.target, groupId, signal: new AbortController().signal });
    const stale = (await cachedRuns(groupId)).filter((r) => r.is_active === 1).length;
    expect(stale).toBeGreaterThan(200);
    await waitUntilInactive(upstream.api, groupId, { timeoutMs: 30_000 });
    const done = await ingestGroupRuns({ db, target: upstream.target, groupId, signal: new AbortController().signal });
    expect(done.final).toBe(true);
    const rows = await cachedRuns(groupId);
    expect(rows.every((r) => r.is_active === 0 && (r.status === "completed") === (r.output !== null))).toBe(true);
  });

  it("reads runs added after a finished pass, after the ones it has", async () => {
    const { groupId, ids } = await newGroup(30);
    await waitUntilInactive(upstream.api, groupId);
    expect((await ingestGroupRuns({ db, target: upstream.target, groupId, signal: new AbortController().signal })).final).toBe(true);
    const more = await addManyRuns(upstream.api, groupId, 20);
    await waitUntilInactive(upstream.api, groupId);
    // The hub's (or a refresh's) status shows the new runs, which reopens the cache.
    await importGroup({ db, target: upstream.target, groupId });
    expect((await getIngestState({ db, groupId }))?.final).toBe(false);
    const state = await ingestGroupRuns({ db, target: upstream.target, groupId, signal: new AbortController().signal });
    expect(state).toMatchObject({ ingestedCount: 50, final: true });
    expect((await cachedRuns(groupId)).map((r) => r.run_id)).toEqual([...ids, ...more]);
  });

  it("fails with the upstream's 404, or as unreachable, and records why", async () => {
    const { groupId } = await newGroup(1);
    const other = await startTestUpstream();
    const signal = new AbortController().signal;
    await expect(ingestGroupRuns({ db, target: other.target, groupId, signal })).rejects.toMatchObject({ status: 404 });
    expect((await getIngestState({ db, groupId }))?.lastError).toMatch(/not found/i);
    await other.emulator.close();
    await expect(ingestGroupRuns({ db, target: other.target, groupId, signal })).rejects.toMatchObject({
      code: "upstream_unreachable",
      message: expect.stringContaining(other.emulator.url),
    });
    expect((await getIngestState({ db, groupId }))?.lastError).toMatch(/unreachable/);
  });
});

describe("applyRunStateEvents", () => {
  it("moves a cached run to a newer state, never back to an older one", async () => {
    const { groupId } = await newGroup(5, "ultra");
    await ingestGroupRuns({ db, target: upstream.target, groupId, signal: new AbortController().signal });
    const row = (await cachedRuns(groupId)).find((r) => r.is_active === 1)!;
    expect(row).toBeDefined();
    const event = (status: "running" | "failed", modifiedAt: string) => runStateEvent(row, groupId, status, modifiedAt);

    expect(await applyRunStateEvents({ db, groupId, events: [event("failed", "2030-01-01T00:00:01Z")] })).toBe(1);
    let updated = (await cachedRuns(groupId)).find((r) => r.run_id === row.run_id)!;
    expect(updated).toMatchObject({ status: "failed", is_active: 0, modified_at: "2030-01-01T00:00:01Z" });
    expect(JSON.parse(updated.error!)).toEqual({ ref_id: "r1", message: "boom" });

    // A late "running" event does not undo the terminal state.
    expect(await applyRunStateEvents({ db, groupId, events: [event("running", "2030-01-01T00:00:00Z")] })).toBe(0);
    updated = (await cachedRuns(groupId)).find((r) => r.run_id === row.run_id)!;
    expect(updated.status).toBe("failed");

    // A run that is not cached yet is left to ingestion.
    const unknown = event("failed", "2030-01-01T00:00:02Z");
    unknown.run.run_id = "trun_notcached";
    expect(await applyRunStateEvents({ db, groupId, events: [unknown] })).toBe(0);
    expect((await cachedRuns(groupId)).length).toBe(5);
  });

  it("applies a batch in order: a late event in the same batch does not undo the state before it", async () => {
    const { groupId } = await newGroup(5, "ultra");
    await ingestGroupRuns({ db, target: upstream.target, groupId, signal: new AbortController().signal });
    const row = (await cachedRuns(groupId)).find((r) => r.is_active === 1)!;
    expect(row).toBeDefined();
    const notCached = runStateEvent(row, groupId, "failed", "2030-01-01T00:00:06Z");
    notCached.run.run_id = "trun_notcached";
    const events = [
      runStateEvent(row, groupId, "completed", "2030-01-01T00:00:05Z"),
      runStateEvent(row, groupId, "running", "2030-01-01T00:00:04Z"),
      notCached,
    ];

    expect(await applyRunStateEvents({ db, groupId, events })).toBe(1);
    const updated = (await cachedRuns(groupId)).find((r) => r.run_id === row.run_id)!;
    expect(updated).toMatchObject({ status: "completed", is_active: 0, modified_at: "2030-01-01T00:00:05Z" });
    expect((await cachedRuns(groupId)).length).toBe(5);
  });
});
