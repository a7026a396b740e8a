import "server-only";
import { tablesMigration } from "./tables-migration";

/**
 * `run_digests`: one narrow row per cached run with what a comparison needs (match keys, status,
 * processor, latency, and per output field the normalised value's hash and its confidence level),
 * written with the run so comparing two 100,000-run groups never parses their outputs. Runs cached
 * before this migration get theirs on the first comparison of their group. The latency and outcome
 * indexes give a group's median, p90, cost and failure rate without reading its rows.
 */
export const runDigestsMigration = tablesMigration({
  run_digests: {
    columns: {
      group_id: "text not null",
      position: "bigint not null",
      run_id: "text not null",
      status: "text not null",
      processor: "text not null",
      latency_ms: "bigint",
      source_key: "text not null",
      row_key: "text",
      field_names: "text",
      field_values: "text",
      field_levels: "text",
    },
    primaryKey: { run_digests_pk: ["group_id", "position"] },
    indexes: {
      run_digests_by_source_key: ["group_id", "source_key", "position"],
      run_digests_by_row_key: ["group_id", "row_key", "position"],
      run_digests_by_latency: ["group_id", "latency_ms"],
      run_digests_by_outcome: ["group_id", "processor", "status"],
    },
  },
});
