import "server-only";
import type { Kysely, Migration } from "kysely";

/** `share_links`: read-only links to one group for people outside the team; only the token's hash is kept. */
export const shareLinksMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("share_links")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("group_id", "text", (c) => c.notNull())
      .addColumn("include_data", "integer", (c) => c.notNull())
      .addColumn("created_by_id", "text")
      .addColumn("created_by_email", "text")
      .addColumn("created_at_ms", "bigint", (c) => c.notNull())
      .addColumn("expires_at_ms", "bigint", (c) => c.notNull())
      .addColumn("revoked_at_ms", "bigint")
      .addColumn("open_count", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("last_opened_at_ms", "bigint")
      .execute();
    await db.schema.createIndex("share_links_by_group").on("share_links").columns(["group_id", "created_at_ms"]).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("share_links").execute();
  },
};
