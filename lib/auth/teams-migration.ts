import "server-only";
import type { Kysely, Migration } from "kysely";
import { dialectOf } from "../registry/dialect-sql";
import { createTables } from "../registry/tables-migration";

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
    const flag = postgres ? "boolean" : "integer";
    const date = postgres ? "timestamptz" : "date";
    await createTables(db, {
      user: {
        columns: {
          id: "text primary key",
          name: "text not null",
          email: "text not null unique",
          emailVerified: `${flag} not null`,
          image: "text",
          createdAt: `${date} not null`,
          updatedAt: `${date} not null`,
          role: "text",
          isOwner: flag,
        },
      },
      session: {
        columns: {
          id: "text primary key",
          expiresAt: `${date} not null`,
          token: "text not null unique",
          createdAt: `${date} not null`,
          updatedAt: `${date} not null`,
          ipAddress: "text",
          userAgent: "text",
          userId: ["text", (c) => c.notNull().references("user.id").onDelete("cascade")],
        },
        indexes: { session_userId_idx: ["userId"] },
      },
      account: {
        columns: {
          id: "text primary key",
          accountId: "text not null",
          providerId: "text not null",
          userId: ["text", (c) => c.notNull().references("user.id").onDelete("cascade")],
          accessToken: "text",
          refreshToken: "text",
          idToken: "text",
          accessTokenExpiresAt: date,
          refreshTokenExpiresAt: date,
          scope: "text",
          password: "text",
          createdAt: `${date} not null`,
          updatedAt: `${date} not null`,
        },
        indexes: { account_userId_idx: ["userId"] },
      },
      verification: {
        columns: {
          id: "text primary key",
          identifier: "text not null",
          value: "text not null",
          expiresAt: `${date} not null`,
          createdAt: `${date} not null`,
          updatedAt: `${date} not null`,
        },
        indexes: { verification_identifier_idx: ["identifier"] },
      },
      invitations: {
        columns: {
          id: "text primary key",
          token_hash: "text not null unique",
          role: "text not null",
          note: "text",
          created_by: "text not null",
          created_at_ms: "bigint not null",
          expires_at_ms: "bigint not null",
          revoked_at_ms: "bigint",
          used_at_ms: "bigint",
          used_by: "text",
        },
      },
      audit_log: {
        columns: {
          id: ["integer", (c) => (postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement())],
          at_ms: "bigint not null",
          actor_id: "text",
          actor_email: "text",
          action: "text not null",
          target_type: "text",
          target_id: "text",
          group_id: "text",
          detail: "text",
          ip: "text",
        },
        indexes: {
          audit_log_by_time: ["at_ms", "id"],
          audit_log_by_actor: ["actor_id", "at_ms"],
          audit_log_by_group: ["group_id", "at_ms"],
        },
      },
      sign_in_failures: {
        columns: {
          subject: "text not null",
          at_ms: "bigint not null",
        },
        indexes: { sign_in_failures_by_subject: ["subject", "at_ms"] },
      },
      console_settings: {
        columns: {
          name: "text primary key",
          value: "text not null",
        },
      },
    });

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
