import "server-only";
import { sql, type Kysely, type Migration } from "kysely";
import { dialectOf, jsonField } from "./dialect-sql";
import { createTables } from "./tables-migration";

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
    await createTables(db, {
      review_decisions: {
        columns: {
          group_id: "text not null",
          run_id: "text not null",
          field: "text not null",
          decision: "text not null",
          reviewed_value: "text",
          note: "text",
          reviewer: "text not null",
          decided_at_ms: "bigint not null",
        },
        primaryKey: { review_decisions_pk: ["group_id", "run_id", "field"] },
      },
    });
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("review_decisions").execute();
    await sql`drop index runs_by_upload_row`.execute(db);
    await sql`drop index runs_by_source_key`.execute(db);
  },
};
