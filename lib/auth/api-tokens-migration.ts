import "server-only";
import type { Kysely, Migration } from "kysely";

/** `api_tokens`: members' personal API tokens, by the hash of the token. */
export const apiTokensMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("api_tokens")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("member_id", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("scope", "text", (c) => c.notNull())
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("hint", "text", (c) => c.notNull())
      .addColumn("created_at_ms", "bigint", (c) => c.notNull())
      .addColumn("expires_at_ms", "bigint")
      .addColumn("last_used_at_ms", "bigint")
      .addColumn("revoked_at_ms", "bigint")
      .execute();
    await db.schema.createIndex("api_tokens_by_member").on("api_tokens").columns(["member_id", "created_at_ms"]).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("api_tokens").execute();
  },
};
