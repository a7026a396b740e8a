import "server-only";
import type { Migration, MigrationProvider } from "kysely";
import { alertsMigration } from "../alerts/alerts-migration";
import { apiTokensMigration } from "../auth/api-tokens-migration";
import { teamsMigration } from "../auth/teams-migration";
import { leasesMigration } from "../cluster/leases-migration";
import { compareReviewMigration } from "./compare-review-migration";
import { shareLinksMigration } from "../share/share-links-migration";
import { spendMigration } from "../spend/spend-migration";
import { groupCreationsMigration } from "./group-creations-migration";
import { runDigestsMigration } from "./run-digests-migration";
import { tablesMigration } from "./tables-migration";
import { uploadsMigration } from "./uploads/uploads-migration";
import { webhookDeliveriesMigration } from "./webhook-deliveries-migration";

// Versioned in code (not read from a folder) so the Next.js bundle carries them. Never edit a
// migration that has shipped: add the next `000N_...` instead.

const initial = tablesMigration({
  groups: {
    columns: {
      id: "text primary key",
      name: "text",
      metadata: "text",
      created_at: "text",
      upstream: "text not null",
      source: "text not null",
      status: "text not null",
      is_active: "integer not null",
      num_runs: "integer not null",
      status_counts: "text not null",
      added_at_ms: "bigint not null",
      updated_at_ms: "bigint not null",
    },
    indexes: { groups_added_at: ["added_at_ms", "id"] },
  },
  status_samples: {
    columns: {
      group_id: "text not null",
      at_ms: "bigint not null",
      num_runs: "integer not null",
      counts: "text not null",
    },
    primaryKey: { status_samples_pk: ["group_id", "at_ms"] },
  },
  runs: {
    columns: {
      group_id: "text not null",
      run_id: "text not null",
      position: "bigint not null",
      status: "text not null",
      is_active: "integer not null",
      processor: "text not null",
      interaction_id: "text not null",
      metadata: "text",
      error: "text",
      warnings: "text",
      created_at: "text",
      modified_at: "text",
      // Large columns last: SQLite reads a row's columns in order, so listing runs without
      // input/output does not touch their overflow pages.
      search_text: "text not null",
      input: "text",
      output: "text",
    },
    primaryKey: { runs_pk: ["group_id", "run_id"] },
    uniqueIndexes: { runs_by_position: ["group_id", "position"] },
    indexes: { runs_by_status: ["group_id", "status", "position"] },
  },
  run_ingest: {
    columns: {
      group_id: "text primary key",
      runs_cursor: "text",
      pass_complete: "integer not null",
      ingested_count: "integer not null",
      final: "integer not null",
      last_error: "text",
      updated_at_ms: "bigint not null",
    },
  },
});

export const CONSOLE_MIGRATIONS: Record<string, Migration> = {
  "0001_initial": initial,
  "0002_uploads": uploadsMigration,
  "0003_group_creations": groupCreationsMigration,
  "0004_teams": teamsMigration,
  "0005_webhook_deliveries": webhookDeliveriesMigration,
  "0006_compare_review": compareReviewMigration,
  "0007_api_tokens": apiTokensMigration,
  "0008_share_links": shareLinksMigration,
  "0009_spend": spendMigration,
  "0010_alerts": alertsMigration,
  "0011_run_digest": runDigestsMigration,
  "0012_leases": leasesMigration,
};

export const consoleMigrationProvider: MigrationProvider = {
  getMigrations: async () => CONSOLE_MIGRATIONS,
};
