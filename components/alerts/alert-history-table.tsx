"use client";

import type { AlertDeliveryState, AlertFiringView } from "../../lib/contracts/alerts";
import { Badge, type BadgeTone } from "../ui/badge";
import { CardTable } from "../ui/card-table";
import { RelativeTime } from "../ui/relative-time";
import { TD, TR } from "../ui/table";

const STATE_TONE: Record<AlertDeliveryState, BadgeTone> = { sent: "success", pending: "warning", failed: "danger" };

function deliveryLabel(state: AlertDeliveryState, attempts: number): string {
  if (state === "pending") return attempts === 0 ? "sending" : `retrying (${attempts} failed)`;
  if (state === "sent") return attempts > 1 ? `sent after ${attempts} attempts` : "sent";
  return `failed after ${attempts} attempts`;
}

/** What the rules fired and what became of each delivery (sent, retrying, failed). */
export function AlertHistoryTable({ firings, showGroup = false }: { firings: AlertFiringView[]; showGroup?: boolean }) {
  if (firings.length === 0) return <p className="text-sm text-fg-muted">No alert has fired yet.</p>;
  return (
    <CardTable
      caption="Alert history"
      columns={["Fired", ...(showGroup ? ["Group"] : []), "Alert", "Deliveries"]}
      data-testid="alert-history"
    >
      {firings.map((firing) => (
        <TR key={firing.id} data-testid="alert-firing" data-kind={firing.kind}>
          <TD className="whitespace-nowrap">
            <RelativeTime value={firing.firedAt} />
          </TD>
          {showGroup && <TD>{firing.groupName ?? firing.groupId}</TD>}
          <TD>{firing.message}</TD>
          <TD>
            <ul className="space-y-1">
              {firing.deliveries.map((delivery) => (
                <li
                  key={`${delivery.destinationName}-${delivery.destinationKind}`}
                  className="flex flex-wrap items-center gap-2"
                  data-testid="alert-delivery"
                  data-state={delivery.state}
                >
                  <span>{delivery.destinationName}</span>
                  <Badge tone={STATE_TONE[delivery.state]}>{deliveryLabel(delivery.state, delivery.attempts)}</Badge>
                  {delivery.sentAt && <RelativeTime value={delivery.sentAt} className="text-xs text-fg-subtle" />}
                  {delivery.lastError && <span className="text-xs text-danger-strong">{delivery.lastError}</span>}
                </li>
              ))}
            </ul>
          </TD>
        </TR>
      ))}
    </CardTable>
  );
}
