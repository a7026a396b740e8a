import "server-only";
import type { Kysely, Migration } from "kysely";

/** The registry's copy of each upload from the create form and of each batch's outcome. */
export const uploadsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("uploads")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("group_id", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("label", "text", (c) => c.notNull())
      .addColumn("total_rows", "integer", (c) => c.notNull())
      .addColumn("batch_count", "integer", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("created_at_ms", "bigint", (c) => c.notNull())
      .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("uploads_by_group").on("uploads").columns(["group_id", "created_at_ms"]).execute();
    await db.schema
      .createTable("upload_batches")
      .addColumn("upload_id", "text", (c) => c.notNull())
      .addColumn("batch_index", "integer", (c) => c.notNull())
      .addColumn("row_count", "integer", (c) => c.notNull())
      .addColumn("first_row", "integer", (c) => c.notNull())
      .addColumn("last_row", "integer", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("submitted_rows", "integer", (c) => c.notNull())
      .addColumn("attempts", "integer", (c) => c.notNull())
      .addColumn("error", "text")
      .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
      .addPrimaryKeyConstraint("upload_batches_pk", ["upload_id", "batch_index"])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("upload_batches").execute();
    await db.schema.dropTable("uploads").execute();
  },
};
