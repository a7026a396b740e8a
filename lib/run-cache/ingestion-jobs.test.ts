import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ConsoleDatabase } from "../registry/database-schema";
import { forgetGroup } from "../registry/forget-group";
import { openTestConsoleDatabase } from "../testing/test-console-database";
import { importGroup } from "../registry/refresh-group";
import { createGroup, waitUntilInactive } from "../testing/task-group-builders";
import { ensureIngestion, ingestionError, MIN_INGEST_INTERVAL_MS, trackedIngestionGroups } from "./ingestion-jobs";
import { addManyRuns, startTestUpstream, type TestUpstream } from "./test-support";

// A console runs for weeks while groups come and go: what it keeps per group in memory must go
// with the group, or the server grows with every group it ever cached (benchmark B10).

let upstream: TestUpstream;
let db: ConsoleDatabase;

beforeAll(async () => {
  upstream = await startTestUpstream();
});
afterAll(async () => {
  await upstream.emulator.close();
});
beforeEach(async () => {
  db = await openTestConsoleDatabase();
  return () => db.destroy();
});
afterEach(() => {
  vi.useRealTimers();
});

async function finishedGroup(): Promise<string> {
  const group = await createGroup(upstream.api, { name: "ingestion jobs" });
  await addManyRuns(upstream.api, group.taskgroup_id, 3);
  await waitUntilInactive(upstream.api, group.taskgroup_id);
  await importGroup({ db, target: upstream.target, groupId: group.taskgroup_id });
  return group.taskgroup_id;
}

describe("ingestion jobs' memory", () => {
  it("keeps a successful ingestion only as long as it throttles re-reads", async () => {
    const groupIds = [await finishedGroup(), await finishedGroup(), await finishedGroup()];
    // Only Date is faked: the clock that decides the throttle moves on without waiting for it.
    vi.useFakeTimers({ toFake: ["Date"] });
    for (const groupId of groupIds.slice(0, 2)) await ensureIngestion({ db, target: upstream.target, groupId });
    expect(trackedIngestionGroups({ db })).toBe(2);

    vi.setSystemTime(Date.now() + MIN_INGEST_INTERVAL_MS);
    await ensureIngestion({ db, target: upstream.target, groupId: groupIds[2] });
    expect(trackedIngestionGroups({ db })).toBe(1);
  });

  it("forgetting a group drops its last ingestion error", async () => {
    const groupId = await finishedGroup();
    const elsewhere = await startTestUpstream();
    // The group does not exist on this upstream: its ingestion fails with a 404 that is kept for the page to show.
    await ensureIngestion({ db, target: elsewhere.target, groupId });
    await elsewhere.emulator.close();
    expect(ingestionError({ db, groupId })).toMatchObject({ status: 404 });

    await forgetGroup({ db, groupId });
    expect(ingestionError({ db, groupId })).toBeUndefined();
    expect(trackedIngestionGroups({ db })).toBe(0);
  });
});
