import "server-only";
import type { Kysely, Migration } from "kysely";

/** `webhook_deliveries`: the `webhook-id` of each webhook applied, so a replayed one changes nothing. */
export const webhookDeliveriesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("webhook_deliveries")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("received_at_ms", "bigint", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("webhook_deliveries_by_time").on("webhook_deliveries").column("received_at_ms").execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("webhook_deliveries").execute();
  },
};
