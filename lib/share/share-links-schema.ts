type Flag = 0 | 1;

export interface ShareLinksTable {
  id: string;
  /** SHA-256 of the token, hex: the token itself is shown once and never stored. */
  token_hash: string;
  group_id: string;
  /** 1: runs with their inputs and outputs; 0: only counts and progress. */
  include_data: Flag;
  created_by_id: string | null;
  created_by_email: string | null;
  created_at_ms: number;
  expires_at_ms: number;
  revoked_at_ms: number | null;
  open_count: number;
  last_opened_at_ms: number | null;
}

export interface ShareLinkTables {
  share_links: ShareLinksTable;
}
