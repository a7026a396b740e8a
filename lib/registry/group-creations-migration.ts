import "server-only";
import { tablesMigration } from "./tables-migration";

/**
 * `group_creations`: each `POST /api/groups` is recorded (by its idempotency key) before the group
 * is created upstream, then given the group's id, so a retry returns that group instead of creating
 * another. `readiness_probe`: one row `GET /api/ready` writes to prove the database takes writes.
 */
export const groupCreationsMigration = tablesMigration({
  group_creations: {
    columns: {
      idempotency_key: "text primary key",
      request: "text not null",
      group_id: "text",
      created_at_ms: "bigint not null",
    },
    indexes: { group_creations_by_time: ["created_at_ms"] },
  },
  readiness_probe: {
    columns: {
      id: "integer primary key",
      checked_at_ms: "bigint not null",
    },
  },
});
