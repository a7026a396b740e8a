import "server-only";
import { tablesMigration } from "../registry/tables-migration";

/** `share_links`: read-only links to one group for people outside the team; only the token's hash is kept. */
export const shareLinksMigration = tablesMigration({
  share_links: {
    columns: {
      id: "text primary key",
      token_hash: "text not null unique",
      group_id: "text not null",
      include_data: "integer not null",
      created_by_id: "text",
      created_by_email: "text",
      created_at_ms: "bigint not null",
      expires_at_ms: "bigint not null",
      revoked_at_ms: "bigint",
      open_count: ["integer", (c) => c.notNull().defaultTo(0)],
      last_opened_at_ms: "bigint",
    },
    indexes: { share_links_by_group: ["group_id", "created_at_ms"] },
  },
});
