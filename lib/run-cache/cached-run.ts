import "server-only";
import type { Insertable, Selectable } from "kysely";
import type { ApiError, Metadata, RunStatus, TaskRun, TaskRunInput, TaskRunOutput, Warning } from "../parallel/types";
import type { RunsTable } from "../registry/database-schema";
import type { CachedRun } from "../contracts/group-runs";

/** What `q` can match per run: enough for a needle in the input or the start of the output. */
export const SEARCH_TEXT_MAX_CHARS = 4_000;

export type { CachedRun };

export type RunRow = Selectable<RunsTable>;

export function searchTextFor(runId: string, input: TaskRunInput | null | undefined, output: TaskRunOutput | null | undefined): string {
  const parts = [runId];
  if (input) parts.push(typeof input.input === "string" ? input.input : JSON.stringify(input.input));
  if (output) parts.push(typeof output.content === "string" ? output.content : JSON.stringify(output.content));
  return parts.join("\n").toLowerCase().slice(0, SEARCH_TEXT_MAX_CHARS);
}

export function runRowFor(
  groupId: string,
  position: number,
  { run, input, output }: { run: TaskRun; input?: TaskRunInput | null; output?: TaskRunOutput | null },
): Insertable<RunsTable> {
  return {
    group_id: groupId,
    run_id: run.run_id,
    position,
    ...runStateColumns(run),
    processor: run.processor,
    interaction_id: run.interaction_id,
    metadata: json(run.metadata),
    created_at: run.created_at,
    search_text: searchTextFor(run.run_id, input, output),
    input: json(input),
    output: json(output),
  };
}

/** The columns a later state of the run changes. */
export function runStateColumns(run: TaskRun) {
  return {
    status: run.status,
    is_active: run.is_active ? (1 as const) : (0 as const),
    error: json(run.error),
    warnings: json(run.warnings),
    modified_at: run.modified_at,
  };
}

export function toCachedRun(
  row: Omit<RunRow, "input" | "output" | "search_text"> & { input?: string | null; output?: string | null },
): CachedRun {
  const cached: CachedRun = {
    run: {
      run_id: row.run_id,
      interaction_id: row.interaction_id,
      status: row.status as RunStatus,
      is_active: row.is_active === 1,
      processor: row.processor,
      metadata: parse<Metadata>(row.metadata),
      taskgroup_id: row.group_id,
      created_at: row.created_at,
      modified_at: row.modified_at,
      error: parse<ApiError>(row.error),
      warnings: parse<Warning[]>(row.warnings),
    },
  };
  if (row.input !== undefined) cached.input = parse<TaskRunInput>(row.input);
  if (row.output !== undefined) cached.output = parse<TaskRunOutput>(row.output);
  return cached;
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function parse<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}
