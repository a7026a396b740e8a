import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import {
  addRuns,
  createGroup,
  getGroup,
  getRun,
  readEventsStream,
  readRunsStream,
  startTestEmulator,
  waitUntilInactive,
} from "@/lib/testing/emulator-harness";
import { SUMMARY_SCHEMA } from "@/lib/testing/sample-schemas";
import { runStateEvents } from "@/lib/testing/stream-events";

// A restart on the same database loses nothing: groups, runs, outputs and cursors survive, and runs
// that were queued or running when the emulator stopped carry on to completion.

describe("restart on the same database", () => {
  it("keeps finished groups, their runs, outputs and stream cursors", async () => {
    const first = await startTestEmulator();
    try {
      const group = await createGroup(first.api, { project: "persist" });
      const added = await addRuns(first.api, group.taskgroup_id, 6, { schema: SUMMARY_SCHEMA });
      await waitUntilInactive(first.api, group.taskgroup_id);
      const before = runStateEvents(await readRunsStream(first.api, group.taskgroup_id, { include_input: true, include_output: true }));
      await first.stop();

      const second = await first.restart();
      const after = await getGroup(second.api, group.taskgroup_id);
      expect(after).toMatchObject({ taskgroup_id: group.taskgroup_id, metadata: { project: "persist" }, created_at: group.created_at });
      expect(after.status).toMatchObject({ num_task_runs: 6, is_active: false, task_run_status_counts: { completed: 6 } });

      const again = runStateEvents(await readRunsStream(second.api, group.taskgroup_id, { include_input: true, include_output: true }));
      expect(again).toEqual(before);

      const resumed = runStateEvents(await readRunsStream(second.api, group.taskgroup_id, { last_event_id: before[2].event_id }));
      expect(resumed.map((e) => e.run.run_id)).toEqual(added.run_ids.slice(3));

      // Cursors taken before the restart still work for what happens after it.
      const eventsBefore = runStateEvents(await readEventsStream(second.api, group.taskgroup_id));
      const more = await addRuns(second.api, group.taskgroup_id, 3, { label: "after restart", schema: SUMMARY_SCHEMA });
      await waitUntilInactive(second.api, group.taskgroup_id);
      const newRuns = runStateEvents(await readRunsStream(second.api, group.taskgroup_id, { last_event_id: before.at(-1)!.event_id }));
      expect(newRuns.map((e) => e.run.run_id)).toEqual(more.run_ids);
      const newEvents = runStateEvents(
        await readEventsStream(second.api, group.taskgroup_id, { last_event_id: eventsBefore.at(-1)!.event_id }),
      );
      expect(newEvents.map((e) => e.run.run_id).sort()).toEqual([...more.run_ids].sort());
    } finally {
      await first.cleanup();
    }
  });

  it("stores each output when its run completes, and a database from before that still serves the same outputs", async () => {
    const first = await startTestEmulator();
    try {
      const group = await createGroup(first.api);
      const added = await addRuns(first.api, group.taskgroup_id, 5, { schema: SUMMARY_SCHEMA });
      await waitUntilInactive(first.api, group.taskgroup_id);
      const stored = runStateEvents(await readRunsStream(first.api, group.taskgroup_id, { include_input: true, include_output: true }));
      const result = await first.api.json("GET", `/tasks/runs/${added.run_ids[0]}/result`, { query: { timeout: 5 } });
      await first.stop();

      const db = new Database(first.dbPath);
      const outputs = db.prepare("SELECT json FROM outputs").all() as Array<{ json: string }>;
      expect(outputs.map((o) => JSON.parse(o.json) as unknown)).toEqual(stored.map((e) => e.output));
      // As a database written before outputs were stored: the table is empty, and version 1 again
      // (without the later migration's status counts and webhook column either).
      db.exec("DROP TABLE outputs");
      db.exec("DROP INDEX runs_slot_due; ALTER TABLE runs DROP COLUMN webhook");
      for (const column of ["n_action_required", "n_cancelling", "n_cancelled"]) db.exec(`ALTER TABLE groups DROP COLUMN ${column}`);
      db.pragma("user_version = 1");
      db.close();

      const second = await first.restart();
      expect(runStateEvents(await readRunsStream(second.api, group.taskgroup_id, { include_input: true, include_output: true }))).toEqual(
        stored,
      );
      const again = await second.api.json("GET", `/tasks/runs/${added.run_ids[0]}/result`, { query: { timeout: 5 } });
      expect(result.status).toBe(200);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(result.body);
    } finally {
      await first.cleanup();
    }
  });

  it("runs that were queued or running when it stopped complete after the restart", async () => {
    // Slow enough (lite: 200 ms–1.2 s) that every run is still active when the emulator stops.
    const first = await startTestEmulator({ timeScale: 0.02 });
    try {
      const group = await createGroup(first.api);
      const added = await addRuns(first.api, group.taskgroup_id, 8);
      const atStop = await getGroup(first.api, group.taskgroup_id);
      expect(atStop.status.is_active).toBe(true);
      await first.stop();

      const second = await first.restart();
      const finished = await waitUntilInactive(second.api, group.taskgroup_id, { timeoutMs: 15_000 });
      expect(finished.status).toMatchObject({ num_task_runs: 8, task_run_status_counts: { completed: 8 } });
      for (const runId of added.run_ids) {
        const run = await getRun(second.api, runId);
        expect(run).toMatchObject({ status: "completed", taskgroup_id: group.taskgroup_id });
        const result = await second.api.json("GET", `/tasks/runs/${runId}/result`, { query: { timeout: 5 } });
        expect(result.status).toBe(200);
      }
    } finally {
      await first.cleanup();
    }
  });
});
