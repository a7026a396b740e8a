import type { Insertable } from "kysely";
import type { TaskRun, TaskRunOutput } from "../parallel/types";
import type { RunDigestsTable } from "../registry/database-schema";
import { packFields, type PackedFields } from "./field-digest";
import { latencyMsOf } from "./group-figures";
import { matchKeyOf } from "./match-key";
import { outputFieldsOf } from "./output-fields";

// A cached run as a comparison reads it (table `run_digests`): computed once when the run cache
// stores or updates the run, so figures over 100,000 runs never parse or normalise an output.

export function runDigestFor(
  groupId: string,
  position: number,
  { run, output }: { run: TaskRun; output?: TaskRunOutput | null },
): Insertable<RunDigestsTable> {
  const keyed = { runId: run.run_id, metadata: run.metadata, input: null };
  const packed = output ? packFields(outputFieldsOf(output)) : null;
  return {
    group_id: groupId,
    position,
    run_id: run.run_id,
    status: run.status,
    processor: run.processor,
    latency_ms: latencyMsOf(run.created_at, run.modified_at, run.status),
    source_key: matchKeyOf(keyed, { mode: "source" }) ?? run.run_id,
    row_key: matchKeyOf(keyed, { mode: "row" }),
    field_names: packed?.names ?? null,
    field_values: packed?.values ?? null,
    field_levels: packed?.levels ?? null,
  };
}

/** The packed fields of a digest row; null while its run has no output. */
export function packedFieldsOf(row: {
  field_names: string | null;
  field_values: string | null;
  field_levels: string | null;
}): PackedFields | null {
  const { field_names: names, field_values: values, field_levels: levels } = row;
  return names === null || values === null || levels === null ? null : { names, values, levels };
}
