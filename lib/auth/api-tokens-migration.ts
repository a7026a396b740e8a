import "server-only";
import { tablesMigration } from "../registry/tables-migration";

/** `api_tokens`: members' personal API tokens, by the hash of the token. */
export const apiTokensMigration = tablesMigration({
  api_tokens: {
    columns: {
      id: "text primary key",
      member_id: "text not null",
      name: "text not null",
      scope: "text not null",
      token_hash: "text not null unique",
      hint: "text not null",
      created_at_ms: "bigint not null",
      expires_at_ms: "bigint",
      last_used_at_ms: "bigint",
      revoked_at_ms: "bigint",
    },
    indexes: { api_tokens_by_member: ["member_id", "created_at_ms"] },
  },
});
