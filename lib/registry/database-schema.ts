import type { Kysely } from "kysely";
import type { AlertTables } from "../alerts/alerts-schema";
import type { ApiTokenTables } from "../auth/api-tokens-schema";
import type { TeamTables } from "../auth/teams-schema";
import type { LeaseTables } from "../cluster/leases-schema";
import type { ReviewDecisionKind } from "../contracts/group-review";
import type { ShareLinkTables } from "../share/share-links-schema";
import type { SpendTables } from "../spend/spend-schema";
import type { UploadTables } from "./uploads/uploads-schema";

// The console's own tables. JSON columns hold serialized text and booleans are 0/1 integers, so the
// same queries run on SQLite now and on PostgreSQL later (a dialect swap plus its own migrations).

type Json = string;
type Flag = 0 | 1;

export interface GroupsTable {
  id: string;
  /** From metadata `name` when remembered; renamable locally; null when unnamed. */
  name: string | null;
  metadata: Json | null;
  /** The upstream's creation time, RFC 3339. */
  created_at: string | null;
  /** `${baseUrl}/${prefix}` of the API the group lives on. */
  upstream: string;
  source: "created" | "imported";
  /** Latest TaskGroupStatus. */
  status: Json;
  is_active: Flag;
  num_runs: number;
  status_counts: Json;
  added_at_ms: number;
  updated_at_ms: number;
  /** The member who created or imported it here; null for groups added before sign-in existed. */
  added_by_id: string | null;
  added_by_email: string | null;
}

export interface StatusSamplesTable {
  group_id: string;
  at_ms: number;
  num_runs: number;
  counts: Json;
}

export interface RunsTable {
  group_id: string;
  run_id: string;
  /** Order within the group's runs stream; gaps are allowed, only the order matters. */
  position: number;
  status: string;
  is_active: Flag;
  processor: string;
  interaction_id: string;
  metadata: Json | null;
  error: Json | null;
  warnings: Json | null;
  created_at: string | null;
  modified_at: string | null;
  /** Lower-cased run id, input and output text, capped; what `q` matches. */
  search_text: string;
  input: Json | null;
  output: Json | null;
}

export interface RunIngestTable {
  group_id: string;
  /** event_id of the last runs-stream event stored, null before the first. */
  runs_cursor: string | null;
  /** A pass over the runs stream reached its end and no newer run has arrived since. */
  pass_complete: Flag;
  ingested_count: number;
  /** The group was inactive and every cached run is terminal with its output: nothing can change. */
  final: Flag;
  last_error: string | null;
  updated_at_ms: number;
}

/** What a comparison reads of a cached run (lib/compare/run-digest.ts); one per row of `runs`. */
export interface RunDigestsTable {
  group_id: string;
  position: number;
  run_id: string;
  status: string;
  processor: string;
  /** created_at → modified_at of a terminal run; null while active or when a time is missing. */
  latency_ms: number | null;
  /** The match key by source run (the run's own id unless it was sampled from another). */
  source_key: string;
  /** The match key by upload row; null when the run has none. */
  row_key: string | null;
  /** The output's fields packed (lib/compare/field-digest.ts); all three null while the run has no output. */
  field_names: Json | null;
  field_values: string | null;
  field_levels: string | null;
}

export interface GroupCreationsTable {
  /** The client's Idempotency-Key, or one the console made up when it sent none. */
  idempotency_key: string;
  /** The request body as JSON: a retry with the same key must ask for the same group. */
  request: Json;
  /** Set once the upstream created the group; null while the creation is in flight. */
  group_id: string | null;
  created_at_ms: number;
}

export interface WebhookDeliveriesTable {
  /** The delivery's `webhook-id`. */
  id: string;
  received_at_ms: number;
}

export interface ReviewDecisionsTable {
  group_id: string;
  run_id: string;
  /** Top-level output field (`output` for a text output). */
  field: string;
  decision: ReviewDecisionKind;
  /** The value the export carries, as JSON: the original when accepted, the reviewer's when edited, null when wrong. */
  reviewed_value: Json | null;
  note: string | null;
  /** Who decided; "anonymous" until the console has sign-in. */
  reviewer: string;
  decided_at_ms: number;
}

export interface ReadinessProbeTable {
  id: number;
  checked_at_ms: number;
}

/** Every table the migrations create, the upload tables (uploads/uploads-migration.ts) included. */
export interface ConsoleSchema extends UploadTables, TeamTables, ApiTokenTables, ShareLinkTables, SpendTables, AlertTables, LeaseTables {
  groups: GroupsTable;
  status_samples: StatusSamplesTable;
  runs: RunsTable;
  run_ingest: RunIngestTable;
  group_creations: GroupCreationsTable;
  readiness_probe: ReadinessProbeTable;
  webhook_deliveries: WebhookDeliveriesTable;
  review_decisions: ReviewDecisionsTable;
  run_digests: RunDigestsTable;
}

export type ConsoleDatabase = Kysely<ConsoleSchema>;
