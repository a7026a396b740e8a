import { describe, expect, it } from "vitest";
import type { TaskRunEvent, TaskSpec } from "../parallel/types";
import { runStateEventJson, taskRun, taskRunInput, taskRunInputJson } from "./serialize";
import type { RunRow } from "./store";

const spec: TaskSpec = {
  output_schema: {
    type: "json",
    json_schema: { type: "object", properties: { ceo: { type: "string", description: "Name" } }, required: ["ceo"] },
  },
};

const row: RunRow = {
  seq: 7,
  id: "trun_abc",
  group_seq: 1,
  status: "completed",
  processor: "lite",
  input: JSON.stringify({ input: { company: 'Acme "Quotes" — Zürich' }, processor: "lite", metadata: { row: 3 } }),
  metadata: JSON.stringify({ row: 3 }),
  spec_id: 1,
  created_ms: 1_700_000_000_000,
  modified_ms: 1_700_000_001_000,
  started_ms: 1_700_000_000_500,
  due_ms: null,
  error: null,
  webhook: null,
};

describe("spliced runs-stream serialisation", () => {
  it("gives the same input as parsing and serialising it, with and without a spec", () => {
    expect(JSON.parse(taskRunInputJson(row, JSON.stringify(spec)))).toEqual(taskRunInput(row, spec));
    expect(JSON.parse(taskRunInputJson(row, null))).toEqual(taskRunInput(row, null));
  });

  it("builds the same task_run.state event, field for field and in order, as JSON.stringify of the object", () => {
    const output = { type: "text" as const, content: "Done", basis: [] };
    const event: TaskRunEvent = {
      type: "task_run.state",
      event_id: 'r"7',
      run: taskRun(row, "tgrp_x"),
      input: taskRunInput(row, spec),
      output,
    };
    const spliced = runStateEventJson({
      eventId: 'r"7',
      runJson: JSON.stringify(event.run),
      inputJson: taskRunInputJson(row, JSON.stringify(spec)),
      outputJson: JSON.stringify(output),
    });
    expect(spliced).toBe(JSON.stringify(event));
    expect(runStateEventJson({ eventId: "r1", runJson: JSON.stringify(event.run), inputJson: "null", outputJson: "null" })).toBe(
      JSON.stringify({ ...event, event_id: "r1", input: null, output: null }),
    );
  });
});
