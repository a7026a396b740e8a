import "server-only";
import { getSecurityPolicy } from "../config/security-env";
import { clientIp } from "../http/client-ip";
import type { ConsoleDatabase } from "../registry/database-schema";
import { recordAudit, type AuditEntry } from "./audit-log";
import { credentialDetail } from "./credential-detail";
import type { Member } from "./member";

/** Appends to the audit log what `member` did with `request` (their IP included, and their API token when they used one). */
export function recordMemberAction(
  db: ConsoleDatabase,
  request: Request,
  member: Member,
  entry: Omit<AuditEntry, "actor" | "ip">,
): Promise<void> {
  const credential = credentialDetail(member);
  const detail = entry.detail || member.token ? { ...entry.detail, ...credential } : undefined;
  return recordAudit(db, { ...entry, detail, actor: member, ip: clientIp(request, getSecurityPolicy()) });
}
