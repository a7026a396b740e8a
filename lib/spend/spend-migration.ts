import "server-only";
import { tablesMigration } from "../registry/tables-migration";

/** The spend ledger (a reservation per add-runs call, a line per processor) and the monthly budgets. */
export const spendMigration = tablesMigration({
  spend_reservations: {
    columns: {
      id: "text primary key",
      member_id: "text",
      member_email: "text",
      group_id: "text not null",
      state: "text not null",
      runs: "integer not null",
      cost_micro_usd: "integer not null",
      at_ms: "bigint not null",
      updated_at_ms: "bigint not null",
    },
    indexes: {
      spend_reservations_by_time: ["at_ms", "member_id"],
      spend_reservations_by_group: ["group_id", "state"],
    },
  },
  spend_lines: {
    columns: {
      reservation_id: ["text", (c) => c.notNull().references("spend_reservations.id").onDelete("cascade")],
      processor: "text not null",
      runs: "integer not null",
      cost_micro_usd: "integer not null",
    },
    primaryKey: { spend_lines_pk: ["reservation_id", "processor"] },
  },
  budgets: {
    columns: {
      subject: "text primary key",
      monthly_micro_usd: "integer not null",
      updated_at_ms: "bigint not null",
    },
  },
});
