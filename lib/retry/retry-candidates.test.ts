import { describe, expect, it } from "vitest";
import type { TaskRun, TaskRunInput } from "../parallel/types";
import { planRetry, retryableCount, retryInput } from "./retry-candidates";

const run = (id: string, status: TaskRun["status"], metadata: TaskRun["metadata"] = null): TaskRun => ({
  run_id: id,
  interaction_id: id,
  status,
  is_active: false,
  processor: "lite",
  metadata,
  taskgroup_id: "tgrp_1",
  created_at: null,
  modified_at: null,
  error: status === "failed" ? { ref_id: "x", message: "boom" } : null,
  warnings: null,
});
const input = (text: string, metadata: TaskRunInput["metadata"] = null): TaskRunInput => ({
  processor: "lite",
  input: text,
  metadata,
  task_spec: { output_schema: { type: "text" } },
});

describe("planRetry", () => {
  it("retries each failed run once, skipping runs already retried and runs without input", () => {
    const plan = planRetry(
      [
        { run: run("trun_a", "failed"), input: input("a") },
        { run: run("trun_b", "failed"), input: input("b") },
        { run: run("trun_c", "failed"), input: null },
        { run: run("trun_a", "failed"), input: input("a") },
        { run: run("trun_d", "completed"), input: input("d") },
      ],
      new Set(["trun_b"]),
    );
    expect(plan).toMatchObject({ failed: 3, alreadyRetried: 1, withoutInput: 1 });
    expect(plan.candidates.map((c) => c.run.run_id)).toEqual(["trun_a"]);
  });

  it("lets a failed retry be retried: its own retry names it, not the original", () => {
    const plan = planRetry(
      [
        { run: run("trun_orig", "failed"), input: input("q") },
        { run: run("trun_retry1", "failed", { retry_of: "trun_orig" }), input: input("q", { retry_of: "trun_orig" }) },
      ],
      new Set(["trun_orig"]),
    );
    expect(plan.candidates.map((c) => c.run.run_id)).toEqual(["trun_retry1"]);
  });
});

describe("cancelled runs", () => {
  it("are offered as failed ones are, counted apart", () => {
    const plan = planRetry(
      [
        { run: run("trun_f", "failed"), input: input("f") },
        { run: run("trun_c", "cancelled"), input: input("c") },
        { run: run("trun_x", "cancelling"), input: input("x") },
      ],
      new Set(),
    );
    expect(plan).toMatchObject({ failed: 1, cancelled: 1, alreadyRetried: 0, withoutInput: 0 });
    expect(plan.candidates.map((c) => c.run.run_id)).toEqual(["trun_f", "trun_c"]);
  });

  it("count towards the group's retryable runs; runs still cancelling do not", () => {
    expect(retryableCount({ failed: 2, cancelled: 3, cancelling: 4, completed: 9 })).toBe(5);
    expect(retryableCount({})).toBe(0);
  });
});

describe("retryInput", () => {
  it("keeps the input, spec and user metadata; names the run it retries; takes the chosen processor", () => {
    const candidate = { run: run("trun_a", "failed"), input: input("What is X?", { team: "growth", upload_id: "upl_old", row: 7 }) };
    expect(retryInput(candidate, "upl_new", 1, null)).toEqual({
      processor: "lite",
      input: "What is X?",
      task_spec: { output_schema: { type: "text" } },
      metadata: { team: "growth", upload_id: "upl_new", row: 1, retry_of: "trun_a" },
    });
    expect(retryInput(candidate, "upl_new", 1, "core-fast").processor).toBe("core-fast");
  });
});
