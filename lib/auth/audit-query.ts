import "server-only";
import type { AuditEntryView, AuditPage, AuditQuery } from "../contracts/team";
import { AppError } from "../http/app-error";
import type { ConsoleDatabase } from "../registry/database-schema";
import { sql } from "kysely";
import { likeContains } from "../registry/like-pattern";

const timeOf = (value: string, field: string): number => {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new AppError("validation_failed", `query.${field}: not a date`);
  return ms;
};

/** A page of the audit log, newest first, filtered; the cursor is the last entry's id. */
export async function queryAudit(db: ConsoleDatabase, query: AuditQuery): Promise<AuditPage> {
  let select = db.selectFrom("audit_log").selectAll();
  if (query.actor) select = select.where(likeContains(sql.ref("actor_email"), query.actor));
  if (query.action) select = select.where("action", "=", query.action);
  if (query.group) select = select.where("group_id", "=", query.group);
  if (query.from) select = select.where("at_ms", ">=", timeOf(query.from, "from"));
  if (query.to) select = select.where("at_ms", "<", timeOf(query.to, "to"));
  if (query.cursor) {
    const before = Number(query.cursor);
    if (!Number.isInteger(before)) throw new AppError("validation_failed", "query.cursor: not a cursor from this endpoint");
    select = select.where("id", "<", before);
  }
  const rows = await select
    .orderBy("id", "desc")
    .limit(query.limit + 1)
    .execute();
  const items: AuditEntryView[] = rows.slice(0, query.limit).map((row) => ({
    id: Number(row.id),
    at: new Date(Number(row.at_ms)).toISOString(),
    actor: row.actor_email,
    action: row.action,
    target: row.target_type && row.target_id ? `${row.target_type}:${row.target_id}` : null,
    groupId: row.group_id,
    detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null,
    ip: row.ip,
  }));
  return { items, nextCursor: rows.length > query.limit ? String(items[items.length - 1].id) : null };
}
