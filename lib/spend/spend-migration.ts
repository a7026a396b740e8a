import "server-only";
import type { Kysely, Migration } from "kysely";

/** The spend ledger (a reservation per add-runs call, a line per processor) and the monthly budgets. */
export const spendMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("spend_reservations")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("member_id", "text")
      .addColumn("member_email", "text")
      .addColumn("group_id", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("runs", "integer", (c) => c.notNull())
      .addColumn("cost_micro_usd", "integer", (c) => c.notNull())
      .addColumn("at_ms", "bigint", (c) => c.notNull())
      .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("spend_reservations_by_time").on("spend_reservations").columns(["at_ms", "member_id"]).execute();
    await db.schema.createIndex("spend_reservations_by_group").on("spend_reservations").columns(["group_id", "state"]).execute();
    await db.schema
      .createTable("spend_lines")
      .addColumn("reservation_id", "text", (c) => c.notNull().references("spend_reservations.id").onDelete("cascade"))
      .addColumn("processor", "text", (c) => c.notNull())
      .addColumn("runs", "integer", (c) => c.notNull())
      .addColumn("cost_micro_usd", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("spend_lines_pk", ["reservation_id", "processor"])
      .execute();
    await db.schema
      .createTable("budgets")
      .addColumn("subject", "text", (c) => c.primaryKey())
      .addColumn("monthly_micro_usd", "integer", (c) => c.notNull())
      .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ["budgets", "spend_lines", "spend_reservations"]) await db.schema.dropTable(table).execute();
  },
};
