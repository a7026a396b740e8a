import "server-only";
import type { Kysely, Migration, MigrationProvider } from "kysely";
import { alertsMigration } from "../alerts/alerts-migration";
import { apiTokensMigration } from "../auth/api-tokens-migration";
import { teamsMigration } from "../auth/teams-migration";
import { leasesMigration } from "../cluster/leases-migration";
import { compareReviewMigration } from "./compare-review-migration";
import { shareLinksMigration } from "../share/share-links-migration";
import { spendMigration } from "../spend/spend-migration";
import { groupCreationsMigration } from "./group-creations-migration";
import { runDigestsMigration } from "./run-digests-migration";
import { uploadsMigration } from "./uploads/uploads-migration";
import { webhookDeliveriesMigration } from "./webhook-deliveries-migration";

// Versioned in code (not read from a folder) so the Next.js bundle carries them. Never edit a
// migration that has shipped: add the next `000N_...` instead.

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("groups")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text")
      .addColumn("metadata", "text")
      .addColumn("created_at", "text")
      .addColumn("upstream", "text", (c) => c.notNull())
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("is_active", "integer", (c) => c.notNull())
      .addColumn("num_runs", "integer", (c) => c.notNull())
      .addColumn("status_counts", "text", (c) => c.notNull())
      .addColumn("added_at_ms", "bigint", (c) => c.notNull())
      .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("groups_added_at").on("groups").columns(["added_at_ms", "id"]).execute();

    await db.schema
      .createTable("status_samples")
      .addColumn("group_id", "text", (c) => c.notNull())
      .addColumn("at_ms", "bigint", (c) => c.notNull())
      .addColumn("num_runs", "integer", (c) => c.notNull())
      .addColumn("counts", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("status_samples_pk", ["group_id", "at_ms"])
      .execute();

    await db.schema
      .createTable("runs")
      .addColumn("group_id", "text", (c) => c.notNull())
      .addColumn("run_id", "text", (c) => c.notNull())
      .addColumn("position", "bigint", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("is_active", "integer", (c) => c.notNull())
      .addColumn("processor", "text", (c) => c.notNull())
      .addColumn("interaction_id", "text", (c) => c.notNull())
      .addColumn("metadata", "text")
      .addColumn("error", "text")
      .addColumn("warnings", "text")
      .addColumn("created_at", "text")
      .addColumn("modified_at", "text")
      // Large columns last: SQLite reads a row's columns in order, so listing runs without
      // input/output does not touch their overflow pages.
      .addColumn("search_text", "text", (c) => c.notNull())
      .addColumn("input", "text")
      .addColumn("output", "text")
      .addPrimaryKeyConstraint("runs_pk", ["group_id", "run_id"])
      .execute();
    await db.schema.createIndex("runs_by_position").unique().on("runs").columns(["group_id", "position"]).execute();
    await db.schema.createIndex("runs_by_status").on("runs").columns(["group_id", "status", "position"]).execute();

    await db.schema
      .createTable("run_ingest")
      .addColumn("group_id", "text", (c) => c.primaryKey())
      .addColumn("runs_cursor", "text")
      .addColumn("pass_complete", "integer", (c) => c.notNull())
      .addColumn("ingested_count", "integer", (c) => c.notNull())
      .addColumn("final", "integer", (c) => c.notNull())
      .addColumn("last_error", "text")
      .addColumn("updated_at_ms", "bigint", (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ["run_ingest", "runs", "status_samples", "groups"]) await db.schema.dropTable(table).execute();
  },
};

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
