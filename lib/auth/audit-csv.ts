import "server-only";
import type { AuditQuery } from "../contracts/team";
import { csvRecord } from "../csv/csv";
import type { ConsoleDatabase } from "../registry/database-schema";
import { queryAudit } from "./audit-query";

const PAGE = 500;
const HEADER = ["time", "actor", "action", "target", "group", "ip", "detail"];

/** Every entry the filters match, as CSV, newest first. */
export async function auditCsv(db: ConsoleDatabase, query: AuditQuery): Promise<string> {
  const lines = [csvRecord(HEADER)];
  let cursor: string | undefined;
  do {
    const page = await queryAudit(db, { ...query, limit: PAGE, cursor });
    for (const entry of page.items)
      lines.push(
        csvRecord([
          entry.at,
          entry.actor ?? "",
          entry.action,
          entry.target ?? "",
          entry.groupId ?? "",
          entry.ip ?? "",
          entry.detail ? JSON.stringify(entry.detail) : "",
        ]),
      );
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return lines.join("");
}
