import "server-only";
import { getSecurityPolicy } from "../config/security-env";
import { clientIp } from "../http/client-ip";
import type { ConsoleDatabase } from "../registry/database-schema";
import { recordAudit, type AuditEntry } from "./audit-log";
import type { Member } from "./member";

/** Appends to the audit log what `member` did with `request` (their IP included). */
export function recordMemberAction(
  db: ConsoleDatabase,
  request: Request,
  member: Member,
  entry: Omit<AuditEntry, "actor" | "ip">,
): Promise<void> {
  return recordAudit(db, { ...entry, actor: member, ip: clientIp(request, getSecurityPolicy()) });
}
