import "server-only";
import type { AuditAction } from "../contracts/audit-actions";
import type { ConsoleDatabase } from "../registry/database-schema";

export interface AuditEntry {
  action: AuditAction;
  actor: { id: string; email: string } | null;
  /** The email someone tried, for a failed sign-in (no member to name). */
  attemptedEmail?: string;
  target?: {
    type: "group" | "member" | "invitation" | "session" | "upload" | "token" | "share_link" | "budget" | "alert_rule" | "alert_destination";
    id: string;
  };
  groupId?: string;
  detail?: Record<string, unknown>;
  ip?: string | null;
}

/** Appends one entry. Nothing updates or deletes entries: there is no code path that does. */
export async function recordAudit(db: ConsoleDatabase, entry: AuditEntry, atMs = Date.now()): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      at_ms: atMs,
      actor_id: entry.actor?.id ?? null,
      actor_email: entry.actor?.email ?? entry.attemptedEmail ?? null,
      action: entry.action,
      target_type: entry.target?.type ?? null,
      target_id: entry.target?.id ?? null,
      group_id: entry.groupId ?? (entry.target?.type === "group" ? entry.target.id : null),
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
      ip: entry.ip ?? null,
    })
    .execute();
}
