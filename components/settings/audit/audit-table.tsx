import type { AuditEntryView } from "../../../lib/contracts/team";
import { CardTable } from "../../ui/card-table";
import { TD, TR } from "../../ui/table";

const TIME = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

/** One page of the audit log, newest first. */
export function AuditTable({ items, busy }: { items: AuditEntryView[]; busy: boolean }) {
  return (
    <CardTable
      caption="Audit log"
      columns={["Time (UTC)", "Actor", "Action", "Target", "Detail", "IP"]}
      busy={busy}
      data-testid="audit-table"
    >
      {items.map((entry) => (
        <TR key={entry.id} data-testid="audit-row" data-action={entry.action}>
          <TD className="whitespace-nowrap text-fg-muted">
            <time dateTime={entry.at}>{TIME.format(new Date(entry.at))}</time>
          </TD>
          <TD data-testid="audit-actor-cell">{entry.actor ?? "—"}</TD>
          <TD>
            <code className="font-mono text-xs">{entry.action}</code>
          </TD>
          <TD className="max-w-56 truncate font-mono text-xs text-fg-muted" title={entry.target ?? undefined}>
            {entry.groupId ?? entry.target ?? "—"}
          </TD>
          <TD className="max-w-72 truncate font-mono text-xs text-fg-muted" title={entry.detail ? JSON.stringify(entry.detail) : undefined}>
            {entry.detail ? JSON.stringify(entry.detail) : ""}
          </TD>
          <TD className="font-mono text-xs text-fg-muted">{entry.ip ?? ""}</TD>
        </TR>
      ))}
    </CardTable>
  );
}
