import "server-only";
import { tablesMigration } from "../registry/tables-migration";

/** 0010_alerts: rules, destinations, firings (once per occurrence by a unique key), deliveries with retries, watched groups. */
export const alertsMigration = tablesMigration({
  alert_destinations: {
    columns: {
      id: "text primary key",
      kind: "text not null",
      name: "text not null",
      target: "text",
      secret: "text",
      created_at_ms: "bigint not null",
      created_by_email: "text",
    },
  },
  alert_rules: {
    columns: {
      id: "text primary key",
      group_id: "text",
      kind: "text not null",
      condition: "text not null",
      destination_ids: "text not null",
      created_at_ms: "bigint not null",
      updated_at_ms: "bigint not null",
      created_by_email: "text",
    },
    indexes: { alert_rules_by_group: ["group_id", "kind"] },
  },
  alert_firings: {
    columns: {
      id: "text primary key",
      rule_id: "text not null",
      group_id: "text not null",
      occurrence_key: "text not null",
      kind: "text not null",
      title: "text not null",
      message: "text not null",
      fired_at_ms: "bigint not null",
    },
    unique: { alert_firings_once: ["rule_id", "group_id", "occurrence_key"] },
    indexes: {
      alert_firings_by_group: ["group_id", "fired_at_ms"],
      alert_firings_by_time: ["fired_at_ms"],
    },
  },
  alert_deliveries: {
    columns: {
      id: "text primary key",
      firing_id: ["text", (c) => c.notNull().references("alert_firings.id").onDelete("cascade")],
      destination_id: "text not null",
      destination_name: "text not null",
      destination_kind: "text not null",
      state: "text not null",
      attempts: "integer not null",
      next_attempt_at_ms: "bigint not null",
      last_error: "text",
      sent_at_ms: "bigint",
      created_at_ms: "bigint not null",
    },
    indexes: {
      alert_deliveries_due: ["state", "next_attempt_at_ms"],
      alert_deliveries_by_firing: ["firing_id"],
    },
  },
  alert_watches: {
    columns: {
      group_id: "text primary key",
      active: "integer not null",
      terminal_runs: "integer not null",
      progress_at_ms: "bigint not null",
    },
  },
});
