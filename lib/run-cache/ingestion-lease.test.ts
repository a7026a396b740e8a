import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { holdLease } from "../cluster/hold-lease";
import { acquireLease, releaseLease } from "../cluster/leases";
import type { TaskRunEvent } from "../parallel/types";
import type { ConsoleDatabase } from "../registry/database-schema";
import { importGroup } from "../registry/refresh-group";
import { createGroup, waitUntilInactive } from "../testing/task-group-builders";
import { getIngestState, startIngestState } from "./ingest-state";
import { ingestGroupRuns } from "./ingest-group-runs";
import { ensureIngestion, ingestionLeaseName, isIngesting, waitForIngestionProgress } from "./ingestion-jobs";
import { storeRunBatch } from "./store-run-batch";
import { addManyRuns, startTestUpstream, type TestUpstream } from "./test-support";
import { openTwoInstancesDatabase } from "../cluster/two-instances-database";

// Two handles on one database file stand for two console instances, A and B, each its own holder.

const A = { holder: "instance-A", ttlMs: 60_000 };
const B = { holder: "instance-B", ttlMs: 60_000 };
// Long enough that a lease does not lapse between two statements of a test, short enough to wait out.
const SHORT_TTL_MS = 2_000;

let upstream: TestUpstream;
let a: ConsoleDatabase;
let b: ConsoleDatabase;
let close: () => Promise<void>;

beforeAll(async () => {
  upstream = await startTestUpstream();
});
afterAll(async () => {
  await upstream.emulator.close();
});
beforeEach(async () => {
  ({ a, b, close } = await openTwoInstancesDatabase());
  return close;
});

async function finishedGroup(runs: number) {
  const group = await createGroup(upstream.api, { name: `lease ${runs}` });
  const ids = await addManyRuns(upstream.api, group.taskgroup_id, runs);
  await waitUntilInactive(upstream.api, group.taskgroup_id);
  await importGroup({ db: a, target: upstream.target, groupId: group.taskgroup_id });
  return { groupId: group.taskgroup_id, ids };
}

async function cachedRunIds(groupId: string): Promise<string[]> {
  const rows = await b.selectFrom("runs").select("run_id").where("group_id", "=", groupId).orderBy("position").execute();
  return rows.map((r) => r.run_id);
}

describe("a group's ingestion across instances", () => {
  it("is left to the instance holding its lease: another one asked for the group follows, reading nothing until the lease is free", async () => {
    const { groupId, ids } = await finishedGroup(20);
    await acquireLease({ db: a, name: ingestionLeaseName(groupId), ...A, nowMs: Date.now() });

    const followed = ensureIngestion({ db: b, target: upstream.target, groupId, lease: B });
    await waitForIngestionProgress({ db: b, groupId, timeoutMs: 10_000 });
    expect(isIngesting({ db: b, groupId })).toBe(true);
    expect(await cachedRunIds(groupId)).toEqual([]);

    // A finishes (here: without caching anything) and frees the lease; B takes it and caches the group.
    await releaseLease({ db: a, name: ingestionLeaseName(groupId), holder: A.holder });
    await followed;
    expect(await cachedRunIds(groupId)).toEqual(ids);
  });

  it("is taken over from the stored cursor once the owner died: no run lost, none twice, in stream order", async () => {
    const { groupId, ids } = await finishedGroup(1_200);
    // A caches the first batch and dies holding its lease (no release).
    await acquireLease({ db: a, name: ingestionLeaseName(groupId), holder: A.holder, ttlMs: SHORT_TTL_MS, nowMs: Date.now() });
    const controller = new AbortController();
    await ingestGroupRuns({
      db: a,
      target: upstream.target,
      groupId,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    }).catch(() => {});
    const cachedByA = (await getIngestState({ db: b, groupId }))?.ingestedCount ?? 0;
    expect(cachedByA).toBeGreaterThan(0);
    expect(cachedByA).toBeLessThan(ids.length);

    // B follows while A's lease lives, then takes over where A's cursor stopped.
    const takenOver = ensureIngestion({ db: b, target: upstream.target, groupId, lease: B });
    expect(await cachedRunIds(groupId)).toHaveLength(cachedByA);
    await takenOver;
    expect((await getIngestState({ db: b, groupId }))?.final).toBe(true);
    expect(await cachedRunIds(groupId)).toEqual(ids);
  });
});

describe("a batch write", () => {
  const GROUP = "tgrp_fenced";
  const event = (i: number): TaskRunEvent => ({
    type: "task_run.state",
    event_id: `r${i}`,
    run: {
      run_id: `trun_${i}`,
      interaction_id: `int_${i}`,
      status: "completed",
      is_active: false,
      processor: "lite",
      metadata: null,
      taskgroup_id: GROUP,
      created_at: null,
      modified_at: null,
      error: null,
      warnings: null,
    },
  });

  it("by an instance whose lease was taken over stores nothing and leaves the cursor where the new owner found it", async () => {
    await startIngestState({ db: a, groupId: GROUP });
    let nowMs = 0;
    let lostByA = false;
    const heldByA = await holdLease({
      db: a,
      name: ingestionLeaseName(GROUP),
      ...A,
      now: () => nowMs,
      onLost: () => (lostByA = true),
    });
    expect(await storeRunBatch({ db: a, groupId: GROUP, events: [event(1)], fence: heldByA!.fence })).toBe(1);

    // A stalls past its lease; B takes the ingestion over.
    nowMs = A.ttlMs + 1;
    const heldByB = await holdLease({ db: b, name: ingestionLeaseName(GROUP), ...B, now: () => nowMs, onLost: () => {} });
    expect(heldByB).not.toBeNull();

    expect(await storeRunBatch({ db: a, groupId: GROUP, events: [event(2)], fence: heldByA!.fence })).toBe("lease lost");
    expect(lostByA).toBe(true);
    expect(await cachedRunIds(GROUP)).toEqual(["trun_1"]);
    expect((await getIngestState({ db: b, groupId: GROUP }))?.runsCursor).toBe("r1");

    expect(await storeRunBatch({ db: b, groupId: GROUP, events: [event(2)], fence: heldByB!.fence })).toBe(1);
    await heldByA!.release();
    await heldByB!.release();
  });
});
