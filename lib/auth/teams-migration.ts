import "server-only";
import type { ColumnDataType, Kysely, Migration } from "kysely";
import { dialectOf } from "../registry/dialect-sql";

/**
 * Members and who did what. `user`, `session`, `account` and `verification` are better-auth's tables
 * under its own names and columns (with `role` and `isOwner` as additional user fields); the rest are
 * the console's: invitations, the append-only audit log, sign-in failures for the throttle, settings
 * (the generated session secret), and who added each group. On PostgreSQL better-auth writes
 * booleans and timestamps natively (and checks the columns can hold them), so its flags and dates
 * there are `boolean` and `timestamptz`; on SQLite 0/1 and ISO text.
 */
export const teamsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = dialectOf(db) === "postgres";
    const flag: ColumnDataType = postgres ? "boolean" : "integer";
    const date: ColumnDataType = postgres ? "timestamptz" : "date";
    await db.schema
      .createTable("user")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("email", "text", (c) => c.notNull().unique())
      .addColumn("emailVerified", flag, (c) => c.notNull())
      .addColumn("image", "text")
      .addColumn("createdAt", date, (c) => c.notNull())
      .addColumn("updatedAt", date, (c) => c.notNull())
      .addColumn("role", "text")
      .addColumn("isOwner", flag)
      .execute();
    await db.schema
      .createTable("session")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("expiresAt", date, (c) => c.notNull())
      .addColumn("token", "text", (c) => c.notNull().unique())
      .addColumn("createdAt", date, (c) => c.notNull())
      .addColumn("updatedAt", date, (c) => c.notNull())
      .addColumn("ipAddress", "text")
      .addColumn("userAgent", "text")
      .addColumn("userId", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
      .execute();
    await db.schema.createIndex("session_userId_idx").on("session").column("userId").execute();
    await db.schema
      .createTable("account")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("accountId", "text", (c) => c.notNull())
      .addColumn("providerId", "text", (c) => c.notNull())
      .addColumn("userId", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
      .addColumn("accessToken", "text")
      .addColumn("refreshToken", "text")
      .addColumn("idToken", "text")
      .addColumn("accessTokenExpiresAt", date)
      .addColumn("refreshTokenExpiresAt", date)
      .addColumn("scope", "text")
      .addColumn("password", "text")
      .addColumn("createdAt", date, (c) => c.notNull())
      .addColumn("updatedAt", date, (c) => c.notNull())
      .execute();
    await db.schema.createIndex("account_userId_idx").on("account").column("userId").execute();
    await db.schema
      .createTable("verification")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("identifier", "text", (c) => c.notNull())
      .addColumn("value", "text", (c) => c.notNull())
      .addColumn("expiresAt", date, (c) => c.notNull())
      .addColumn("createdAt", date, (c) => c.notNull())
      .addColumn("updatedAt", date, (c) => c.notNull())
      .execute();
    await db.schema.createIndex("verification_identifier_idx").on("verification").column("identifier").execute();

    await db.schema
      .createTable("invitations")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("note", "text")
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at_ms", "bigint", (c) => c.notNull())
      .addColumn("expires_at_ms", "bigint", (c) => c.notNull())
      .addColumn("revoked_at_ms", "bigint")
      .addColumn("used_at_ms", "bigint")
      .addColumn("used_by", "text")
      .execute();

    await db.schema
      .createTable("audit_log")
      .addColumn("id", "integer", (c) => (postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement()))
      .addColumn("at_ms", "bigint", (c) => c.notNull())
      .addColumn("actor_id", "text")
      .addColumn("actor_email", "text")
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("target_type", "text")
      .addColumn("target_id", "text")
      .addColumn("group_id", "text")
      .addColumn("detail", "text")
      .addColumn("ip", "text")
      .execute();
    await db.schema.createIndex("audit_log_by_time").on("audit_log").columns(["at_ms", "id"]).execute();
    await db.schema.createIndex("audit_log_by_actor").on("audit_log").columns(["actor_id", "at_ms"]).execute();
    await db.schema.createIndex("audit_log_by_group").on("audit_log").columns(["group_id", "at_ms"]).execute();

    await db.schema
      .createTable("sign_in_failures")
      .addColumn("subject", "text", (c) => c.notNull())
      .addColumn("at_ms", "bigint", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("sign_in_failures_by_subject").on("sign_in_failures").columns(["subject", "at_ms"]).execute();

    await db.schema
      .createTable("console_settings")
      .addColumn("name", "text", (c) => c.primaryKey())
      .addColumn("value", "text", (c) => c.notNull())
      .execute();

    await db.schema.alterTable("groups").addColumn("added_by_id", "text").execute();
    await db.schema.alterTable("groups").addColumn("added_by_email", "text").execute();
    await db.schema.createIndex("groups_by_adder").on("groups").columns(["added_by_id", "added_at_ms"]).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex("groups_by_adder").execute();
    await db.schema.alterTable("groups").dropColumn("added_by_email").execute();
    await db.schema.alterTable("groups").dropColumn("added_by_id").execute();
    for (const table of ["console_settings", "sign_in_failures", "audit_log", "invitations", "verification", "account", "session", "user"])
      await db.schema.dropTable(table).execute();
  },
};
