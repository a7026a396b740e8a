import "server-only";
import type { Kysely, Migration } from "kysely";

/**
 * `group_creations`: each `POST /api/groups` is recorded (by its idempotency key) before the group
 * is created upstream, then given the group's id, so a retry returns that group instead of creating
 * another. `readiness_probe`: one row `GET /api/ready` writes to prove the database takes writes.
 */
export const groupCreationsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("group_creations")
      .addColumn("idempotency_key", "text", (c) => c.primaryKey())
      .addColumn("request", "text", (c) => c.notNull())
      .addColumn("group_id", "text")
      .addColumn("created_at_ms", "bigint", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("group_creations_by_time").on("group_creations").column("created_at_ms").execute();
    await db.schema
      .createTable("readiness_probe")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("checked_at_ms", "bigint", (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("readiness_probe").execute();
    await db.schema.dropTable("group_creations").execute();
  },
};
