import "server-only";
import { sql, type Kysely, type Migration } from "kysely";
import { dialectOf, jsonField } from "./dialect-sql";

/**
 * Comparing groups and reviewing answers. Two expression indexes let a comparison find a run's
 * partner by source run or by upload row without reading the group's metadata (the expressions are
 * the ones `lib/compare/matched-runs.server.ts` writes, character for character on SQLite; on
 * PostgreSQL the same expression trees). `review_decisions`:
 * a reviewer's verdict on one field of one run; the cached output is never changed.
 */
export const compareReviewMigration: Migration = {
  async up(db: Kysely<unknown>) {
    if (dialectOf(db) === "postgres") {
      const metadata = sql.ref("metadata");
      await sql`create index runs_by_source_key on runs (group_id, (coalesce(${jsonField("postgres", metadata, "source_run")}, "run_id")), position)`.execute(
        db,
      );
      await sql`create index runs_by_upload_row on runs (group_id, (${jsonField("postgres", metadata, "row")}), position)`.execute(db);
    } else {
      await sql`create index runs_by_source_key on runs (group_id, coalesce(json_extract("metadata", '$.source_run'), "run_id"), position)`.execute(
        db,
      );
      await sql`create index runs_by_upload_row on runs (group_id, cast(json_extract("metadata", '$.row') as text), position)`.execute(db);
    }
    await db.schema
      .createTable("review_decisions")
      .addColumn("group_id", "text", (c) => c.notNull())
      .addColumn("run_id", "text", (c) => c.notNull())
      .addColumn("field", "text", (c) => c.notNull())
      .addColumn("decision", "text", (c) => c.notNull())
      .addColumn("reviewed_value", "text")
      .addColumn("note", "text")
      .addColumn("reviewer", "text", (c) => c.notNull())
      .addColumn("decided_at_ms", "bigint", (c) => c.notNull())
      .addPrimaryKeyConstraint("review_decisions_pk", ["group_id", "run_id", "field"])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("review_decisions").execute();
    await sql`drop index runs_by_upload_row`.execute(db);
    await sql`drop index runs_by_source_key`.execute(db);
  },
};
