/** A member's personal API token (see api-tokens-migration.ts). */
export interface ApiTokensTable {
  id: string;
  /** The member it acts for; a removed member's tokens find no member and stop working. */
  member_id: string;
  name: string;
  /** `read` or `write`. */
  scope: string;
  /** SHA-256 of the token: the token itself is shown once and never stored. */
  token_hash: string;
  /** The token's first characters, shown in lists. */
  hint: string;
  created_at_ms: number;
  /** Null: never expires. */
  expires_at_ms: number | null;
  /** Updated at most once a minute. */
  last_used_at_ms: number | null;
  revoked_at_ms: number | null;
}

export interface ApiTokenTables {
  api_tokens: ApiTokensTable;
}
