import "server-only";
import type { Kysely, Migration } from "kysely";

/** 0010_alerts: rules, destinations, firings (once per occurrence by a unique key), deliveries with retries, watched groups. */
export const alertsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("alert_destinations")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("target", "text")
      .addColumn("secret", "text")
      .addColumn("created_at_ms", "bigint", (c) => c.notNull())
      .addColumn("created_by_email", "text")
      .execute();
    await db.schema
      .createTable("alert_rules")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("group_id", "text")
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("condition", "text", (c) => c.notNull())
      .addColumn("destination_ids", "text", (c) => c.notNull())
      .addColumn("created_at_ms", "bigint", (c) => c.notNull())
      .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
      .addColumn("created_by_email", "text")
      .execute();
    await db.schema.createIndex("alert_rules_by_group").on("alert_rules").columns(["group_id", "kind"]).execute();
    await db.schema
      .createTable("alert_firings")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("rule_id", "text", (c) => c.notNull())
      .addColumn("group_id", "text", (c) => c.notNull())
      .addColumn("occurrence_key", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("message", "text", (c) => c.notNull())
      .addColumn("fired_at_ms", "bigint", (c) => c.notNull())
      .addUniqueConstraint("alert_firings_once", ["rule_id", "group_id", "occurrence_key"])
      .execute();
    await db.schema.createIndex("alert_firings_by_group").on("alert_firings").columns(["group_id", "fired_at_ms"]).execute();
    await db.schema.createIndex("alert_firings_by_time").on("alert_firings").column("fired_at_ms").execute();
    await db.schema
      .createTable("alert_deliveries")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("firing_id", "text", (c) => c.notNull().references("alert_firings.id").onDelete("cascade"))
      .addColumn("destination_id", "text", (c) => c.notNull())
      .addColumn("destination_name", "text", (c) => c.notNull())
      .addColumn("destination_kind", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("attempts", "integer", (c) => c.notNull())
      .addColumn("next_attempt_at_ms", "bigint", (c) => c.notNull())
      .addColumn("last_error", "text")
      .addColumn("sent_at_ms", "bigint")
      .addColumn("created_at_ms", "bigint", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("alert_deliveries_due").on("alert_deliveries").columns(["state", "next_attempt_at_ms"]).execute();
    await db.schema.createIndex("alert_deliveries_by_firing").on("alert_deliveries").column("firing_id").execute();
    await db.schema
      .createTable("alert_watches")
      .addColumn("group_id", "text", (c) => c.primaryKey())
      .addColumn("active", "integer", (c) => c.notNull())
      .addColumn("terminal_runs", "integer", (c) => c.notNull())
      .addColumn("progress_at_ms", "bigint", (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ["alert_watches", "alert_deliveries", "alert_firings", "alert_rules", "alert_destinations"]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
