import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TaskRunEvent, TaskRunOutput } from "../parallel/types";
import type { ConsoleDatabase } from "../registry/database-schema";
import { forgetGroup } from "../registry/forget-group";
import { openConsoleDatabase } from "../registry/open-console-database";
import { rememberGroup } from "../registry/remember-group";
import { runRowFor } from "../run-cache/cached-run";
import { startIngestState, updateIngestState } from "../run-cache/ingest-state";
import { storeRunBatch } from "../run-cache/store-run-batch";
import { updateCachedRun } from "../run-cache/update-cached-run";
import { compareGroups } from "./compare-groups.server";

const A = "tgrp_aaaa";
const B = "tgrp_bbbb";
const C = "tgrp_cccc";
const BY_ROW = { mode: "row" } as const;
// Every group is final here, so the comparison never asks this upstream for anything.
const TARGET = { baseUrl: "http://127.0.0.1:9", prefix: "v1beta" as const, apiKey: undefined };

function runEvent(
  groupId: string,
  row: number,
  answer: { ceo: string; confidence: string } | null,
  metadata: Record<string, string | number> = { row },
): TaskRunEvent {
  const output: TaskRunOutput | null = answer && {
    type: "json",
    content: { ceo: answer.ceo },
    basis: [{ field: "ceo", reasoning: "", citations: [], confidence: answer.confidence }],
  };
  return {
    type: "task_run.state",
    event_id: null,
    run: {
      run_id: `trun_${groupId.slice(5)}${row}`,
      interaction_id: `trun_${groupId.slice(5)}${row}`,
      status: answer ? "completed" : "running",
      is_active: answer === null,
      processor: "lite",
      metadata,
      taskgroup_id: groupId,
      created_at: "2026-01-01T00:00:00Z",
      modified_at: answer ? "2026-01-01T00:00:02Z" : "2026-01-01T00:00:00Z",
      error: null,
      warnings: null,
    },
    input: { processor: "lite", input: { company: `Company ${row}` } },
    output,
  };
}

async function addGroup(groupId: string): Promise<void> {
  await rememberGroup({
    db,
    group: {
      taskgroup_id: groupId,
      metadata: null,
      created_at: null,
      status: { num_task_runs: 0, task_run_status_counts: {}, is_active: false, status_message: null, modified_at: null },
    },
    upstream: "test",
    source: "imported",
  });
  await startIngestState({ db, groupId });
  await updateIngestState({ db, groupId, changes: { final: 1 } });
}

let db: ConsoleDatabase;
beforeEach(async () => {
  db = await openConsoleDatabase(":memory:");
  await addGroup(A);
  await addGroup(B);
});
afterEach(async () => {
  await db.destroy();
});

const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

describe("compareGroups", () => {
  it("counts each group's confidence levels over the matched rows only, not over its unmatched runs", async () => {
    await storeRunBatch({ db, groupId: A, events: rows(0, 4).map((row) => runEvent(A, row, { ceo: `Ceo ${row}`, confidence: "high" })) });
    // B answers the same 4 rows with low confidence, and 6 rows A does not have with high confidence.
    await storeRunBatch({
      db,
      groupId: B,
      events: [
        ...rows(0, 4).map((row) => runEvent(B, row, { ceo: `ceo ${row}`, confidence: "low" })),
        ...rows(100, 106).map((row) => runEvent(B, row, { ceo: "Someone", confidence: "high" })),
      ],
    });

    const figures = await compareGroups({ db, target: TARGET, groupIds: [A, B], matchBy: BY_ROW });

    expect(figures.matched).toBe(4);
    const [ceo] = figures.fields;
    expect(ceo).toMatchObject({ field: "ceo", compared: 4, agreed: 4 });
    expect(ceo.groups.map((group) => group.confidence)).toEqual([
      { high: 4, medium: 0, low: 0, none: 0 },
      { high: 0, medium: 0, low: 4, none: 0 },
    ]);
    expect(figures.groups.map((group) => group.figures.runs)).toEqual([4, 10]);
  });

  it("gives the same figures for runs cached before run digests existed", async () => {
    const answers = (groupId: string) =>
      rows(0, 6).map((row) =>
        runEvent(groupId, row, row === 5 ? null : { ceo: row < 3 ? `Ceo ${row}` : `${groupId} ${row}`, confidence: "medium" }),
      );
    await storeRunBatch({ db, groupId: A, events: answers(A) });
    await storeRunBatch({ db, groupId: B, events: answers(B) });
    const withDigests = await compareGroups({ db, target: TARGET, groupIds: [A, B], matchBy: BY_ROW });

    // The same runs written the way the run cache wrote them before migration 0011: no digest.
    const older = await openConsoleDatabase(":memory:");
    try {
      for (const groupId of [A, B]) {
        await older
          .insertInto("groups")
          .values(await db.selectFrom("groups").selectAll().where("id", "=", groupId).executeTakeFirstOrThrow())
          .execute();
        await older
          .insertInto("run_ingest")
          .values(await db.selectFrom("run_ingest").selectAll().where("group_id", "=", groupId).executeTakeFirstOrThrow())
          .execute();
        await older
          .insertInto("runs")
          .values(answers(groupId).map((event, position) => runRowFor(groupId, position, event)))
          .execute();
      }
      const backfilled = await compareGroups({ db: older, target: TARGET, groupIds: [A, B], matchBy: BY_ROW });

      expect(backfilled.fields).toEqual(withDigests.fields);
      expect(backfilled.groups).toEqual(withDigests.groups);
      expect(backfilled.matched).toBe(6);
      expect(backfilled.fields[0]).toMatchObject({ field: "ceo", compared: 5, agreed: 3 });
    } finally {
      await older.destroy();
    }
  });

  it("pairs samples with their source run across three groups", async () => {
    await addGroup(C);
    const sampleOf = (groupId: string, row: number, ceo: string) =>
      runEvent(groupId, row, { ceo, confidence: "high" }, { row, source_run: `trun_aaaa${row}`, source_group: A });
    await storeRunBatch({ db, groupId: A, events: rows(0, 4).map((row) => runEvent(A, row, { ceo: `Ceo ${row}`, confidence: "high" })) });
    await storeRunBatch({ db, groupId: B, events: rows(0, 4).map((row) => sampleOf(B, row, `ceo ${row}`)) });
    await storeRunBatch({ db, groupId: C, events: rows(1, 4).map((row) => sampleOf(C, row, row === 2 ? "Someone else" : `CEO ${row}`)) });

    const figures = await compareGroups({ db, target: TARGET, groupIds: [A, B, C], matchBy: { mode: "source" } });

    expect(figures.matched).toBe(3);
    expect(figures.fields[0]).toMatchObject({ field: "ceo", compared: 3, agreed: 2 });
    expect(figures.fields[0].groups.map((group) => group.confidence.high)).toEqual([3, 3, 3]);
  });

  it("forgets a forgotten group's runs: imported again, it is compared on the runs cached since", async () => {
    const answer = { ceo: "Same", confidence: "high" };
    await storeRunBatch({ db, groupId: A, events: rows(0, 6).map((row) => runEvent(A, row, answer)) });
    await storeRunBatch({ db, groupId: B, events: rows(0, 6).map((row) => runEvent(B, row, answer)) });
    await forgetGroup({ db, groupId: B });
    await addGroup(B);
    await storeRunBatch({ db, groupId: B, events: rows(0, 2).map((row) => runEvent(B, row, answer)) });

    const figures = await compareGroups({ db, target: TARGET, groupIds: [A, B], matchBy: BY_ROW });

    expect(figures.groups.map((group) => group.figures.runs)).toEqual([6, 2]);
    expect(figures.matched).toBe(2);
  });

  it("sees a run's answer and latency once the run cache updates it", async () => {
    await storeRunBatch({ db, groupId: A, events: rows(0, 2).map((row) => runEvent(A, row, { ceo: "Same", confidence: "high" })) });
    await storeRunBatch({ db, groupId: B, events: rows(0, 2).map((row) => runEvent(B, row, null)) });
    await updateCachedRun({ db, groupId: B, ...runEvent(B, 1, { ceo: "same", confidence: "low" }) });

    const figures = await compareGroups({ db, target: TARGET, groupIds: [A, B], matchBy: BY_ROW });

    expect(figures.fields[0]).toMatchObject({ field: "ceo", compared: 1, agreed: 1 });
    expect(figures.fields[0].groups[1].confidence).toEqual({ high: 0, medium: 0, low: 1, none: 0 });
    expect(figures.groups[1].figures).toMatchObject({ runs: 2, completed: 1, medianLatencyMs: 2_000 });
  });
});
