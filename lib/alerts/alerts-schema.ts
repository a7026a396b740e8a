import type { AlertDeliveryState, AlertDestinationKind, AlertRuleKind } from "../contracts/alerts";

// The alert tables (migration 0010_alerts). JSON columns hold text, flags are 0/1, times are ms.

export interface AlertDestinationsTable {
  id: string;
  kind: AlertDestinationKind;
  name: string;
  /** The URL (webhook, slack) or email address; null for browser notifications. */
  target: string | null;
  /** Signs the generic webhook (Standard Webhooks `whsec_…`); null for the other kinds. */
  secret: string | null;
  created_at_ms: number;
  created_by_email: string | null;
}

export interface AlertRulesTable {
  id: string;
  /** null: a team-wide default. */
  group_id: string | null;
  kind: AlertRuleKind;
  /** The AlertCondition as JSON. */
  condition: string;
  /** JSON array of destination ids. */
  destination_ids: string;
  created_at_ms: number;
  updated_at_ms: number;
  created_by_email: string | null;
}

/** One row per occurrence: the unique (rule_id, group_id, occurrence_key) is what makes a rule fire once. */
export interface AlertFiringsTable {
  id: string;
  rule_id: string;
  group_id: string;
  occurrence_key: string;
  kind: AlertRuleKind;
  /** The rule as it read when it fired (it may change or go later). */
  title: string;
  message: string;
  fired_at_ms: number;
}

export interface AlertDeliveriesTable {
  id: string;
  firing_id: string;
  destination_id: string;
  /** Kept so the history still names a destination deleted since. */
  destination_name: string;
  destination_kind: AlertDestinationKind;
  state: AlertDeliveryState;
  attempts: number;
  /** When a pending delivery is next tried; also its claim: whoever moves it forward sends it. */
  next_attempt_at_ms: number;
  last_error: string | null;
  sent_at_ms: number | null;
  created_at_ms: number;
}

/** What the watcher last saw of a group it watches: whether it was active, and when a run last ended. */
export interface AlertWatchesTable {
  group_id: string;
  active: 0 | 1;
  terminal_runs: number;
  progress_at_ms: number;
}

export interface AlertTables {
  alert_destinations: AlertDestinationsTable;
  alert_rules: AlertRulesTable;
  alert_firings: AlertFiringsTable;
  alert_deliveries: AlertDeliveriesTable;
  alert_watches: AlertWatchesTable;
}
