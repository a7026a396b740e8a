import type { ApiError, Metadata, RunStatus, TaskGroupResponse, TaskGroupStatus, TaskRun, TaskRunInput, TaskSpec } from "../parallel/types";
import type { GroupRow, RunRow } from "./store";

const iso = (ms: number) => new Date(ms).toISOString();

export function groupIsActive(g: GroupRow): boolean {
  return g.n_queued + g.n_running > 0;
}

export function groupStatus(g: GroupRow): TaskGroupStatus {
  const counts: Partial<Record<RunStatus, number>> = {};
  if (g.n_queued) counts.queued = g.n_queued;
  if (g.n_running) counts.running = g.n_running;
  if (g.n_completed) counts.completed = g.n_completed;
  if (g.n_failed) counts.failed = g.n_failed;
  return {
    num_task_runs: g.num_runs,
    task_run_status_counts: counts,
    is_active: groupIsActive(g),
    status_message: statusMessage(g),
    modified_at: iso(g.modified_ms),
  };
}

function statusMessage(g: GroupRow): string {
  if (g.num_runs === 0) return "No runs yet";
  const finished = g.n_completed + g.n_failed;
  if (!groupIsActive(g)) return `All ${g.num_runs} runs finished: ${g.n_completed} completed, ${g.n_failed} failed`;
  return `${finished} of ${g.num_runs} runs finished; ${g.n_running} running, ${g.n_queued} queued`;
}

export function groupResponse(g: GroupRow): TaskGroupResponse {
  return {
    taskgroup_id: g.id,
    metadata: g.metadata ? (JSON.parse(g.metadata) as Metadata) : null,
    status: groupStatus(g),
    created_at: iso(g.created_ms),
  };
}

export function taskRun(r: RunRow, groupId: string): TaskRun {
  return {
    run_id: r.id,
    interaction_id: r.id,
    status: r.status,
    is_active: r.status === "queued" || r.status === "running",
    warnings: null,
    error: r.error ? (JSON.parse(r.error) as ApiError) : null,
    processor: r.processor,
    metadata: r.metadata ? (JSON.parse(r.metadata) as Metadata) : null,
    taskgroup_id: groupId,
    created_at: iso(r.created_ms),
    modified_at: iso(r.modified_ms),
  };
}

export function taskRunInput(r: RunRow, spec: TaskSpec | null): TaskRunInput {
  const input = JSON.parse(r.input) as TaskRunInput;
  return spec ? { ...input, task_spec: spec } : input;
}

/**
 * The input as `taskRunInput` gives it, spliced from the stored JSON text instead of parsed and
 * serialised again: the runs stream with inputs sends the spec with every run. The stored input is an
 * object without `task_spec` that always has `input` and `processor`.
 */
export function taskRunInputJson(r: RunRow, specJson: string | null): string {
  return specJson === null ? r.input : `${r.input.slice(0, -1)},"task_spec":${specJson}}`;
}

/** A `task_run.state` event's JSON, in the field order of `TaskRunEvent`. */
export function runStateEventJson(parts: { eventId: string; runJson: string; inputJson: string; outputJson: string }): string {
  return `{"type":"task_run.state","event_id":${JSON.stringify(parts.eventId)},"run":${parts.runJson},"input":${parts.inputJson},"output":${parts.outputJson}}`;
}
