import type { Generated } from "kysely";

// The tables of members and who did what (see teams-migration.ts). better-auth's own tables are
// typed only as far as the console reads them directly.

// better-auth writes each dialect's own type: 0/1 on SQLite, a boolean on PostgreSQL (teams-migration.ts).
type Flag = 0 | 1 | boolean;
// Likewise ISO text on SQLite, a Date (timestamptz) on PostgreSQL.
type Timestamp = string | Date;

export interface UserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: Flag;
  image: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  role: string | null;
  isOwner: Flag | null;
}

export interface SessionTable {
  id: string;
  expiresAt: Timestamp;
  token: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  ipAddress: string | null;
  userAgent: string | null;
  userId: string;
}

/** Only what the console touches itself: removing a member drops their sign-in methods. */
export interface AccountTable {
  id: string;
  userId: string;
  providerId: string;
}

export interface InvitationsTable {
  id: string;
  /** SHA-256 of the link's secret: the link itself is shown once and never stored. */
  token_hash: string;
  role: string;
  note: string | null;
  created_by: string;
  created_at_ms: number;
  expires_at_ms: number;
  revoked_at_ms: number | null;
  used_at_ms: number | null;
  used_by: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at_ms: number;
  /** Null for an anonymous actor (a failed sign-in, a first-run setup). */
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  group_id: string | null;
  /** JSON with the action's particulars (count, processor, role, …). */
  detail: string | null;
  ip: string | null;
}

export interface SignInFailuresTable {
  /** `account:<email>` or `ip:<address>`. */
  subject: string;
  at_ms: number;
}

export interface ConsoleSettingsTable {
  name: string;
  value: string;
}

export interface TeamTables {
  user: UserTable;
  session: SessionTable;
  account: AccountTable;
  invitations: InvitationsTable;
  audit_log: AuditLogTable;
  sign_in_failures: SignInFailuresTable;
  console_settings: ConsoleSettingsTable;
}
