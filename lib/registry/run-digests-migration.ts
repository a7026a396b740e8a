import "server-only";
import type { Kysely, Migration } from "kysely";

/**
 * `run_digests`: one narrow row per cached run with what a comparison needs (match keys, status,
 * processor, latency, and per output field the normalised value's hash and its confidence level),
 * written with the run so comparing two 100,000-run groups never parses their outputs. Runs cached
 * before this migration get theirs on the first comparison of their group. The latency and outcome
 * indexes give a group's median, p90, cost and failure rate without reading its rows.
 */
export const runDigestsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("run_digests")
      .addColumn("group_id", "text", (c) => c.notNull())
      .addColumn("position", "bigint", (c) => c.notNull())
      .addColumn("run_id", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("processor", "text", (c) => c.notNull())
      .addColumn("latency_ms", "bigint")
      .addColumn("source_key", "text", (c) => c.notNull())
      .addColumn("row_key", "text")
      .addColumn("field_names", "text")
      .addColumn("field_values", "text")
      .addColumn("field_levels", "text")
      .addPrimaryKeyConstraint("run_digests_pk", ["group_id", "position"])
      .execute();
    await db.schema.createIndex("run_digests_by_source_key").on("run_digests").columns(["group_id", "source_key", "position"]).execute();
    await db.schema.createIndex("run_digests_by_row_key").on("run_digests").columns(["group_id", "row_key", "position"]).execute();
    await db.schema.createIndex("run_digests_by_latency").on("run_digests").columns(["group_id", "latency_ms"]).execute();
    await db.schema.createIndex("run_digests_by_outcome").on("run_digests").columns(["group_id", "processor", "status"]).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("run_digests").execute();
  },
};
