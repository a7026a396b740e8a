import {
  RUN_STATUSES,
  type ApiError,
  type Metadata,
  type RunStatus,
  type TaskGroupResponse,
  type TaskGroupStatus,
  type TaskRun,
  type TaskRunInput,
  type TaskSpec,
} from "../parallel/types";
import type { GroupRow, RunRow } from "./store";

const iso = (ms: number) => new Date(ms).toISOString();

// The API calls a group active while any run is queued, running or cancelling. The emulator counts
// action_required too: its runs go on running afterwards, and a group that went inactive would close
// its events stream before they end.
const ACTIVE_STATUSES: ReadonlySet<RunStatus> = new Set(["queued", "action_required", "running", "cancelling"]);

export function isActiveStatus(status: RunStatus): boolean {
  return ACTIVE_STATUSES.has(status);
}

const countOf = (g: GroupRow, status: RunStatus): number => g[`n_${status}`];

export function groupIsActive(g: GroupRow): boolean {
  return RUN_STATUSES.some((s) => isActiveStatus(s) && countOf(g, s) > 0);
}

export function groupStatus(g: GroupRow): TaskGroupStatus {
  const counts: Partial<Record<RunStatus, number>> = {};
  for (const status of RUN_STATUSES) if (countOf(g, status)) counts[status] = countOf(g, status);
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
  const finished = g.n_completed + g.n_failed + g.n_cancelled;
  const cancelled = g.n_cancelled ? `, ${g.n_cancelled} cancelled` : "";
  if (!groupIsActive(g)) return `All ${g.num_runs} runs finished: ${g.n_completed} completed, ${g.n_failed} failed${cancelled}`;
  const waiting = [
    g.n_action_required ? `${g.n_action_required} action required` : "",
    g.n_cancelling ? `${g.n_cancelling} cancelling` : "",
  ].filter(Boolean);
  return `${finished} of ${g.num_runs} runs finished; ${[`${g.n_running} running`, ...waiting, `${g.n_queued} queued`].join(", ")}`;
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
    is_active: isActiveStatus(r.status),
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
