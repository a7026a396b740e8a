"use client";

import type { AlertDeliveryState, AlertFiringView } from "../../lib/contracts/alerts";
import { Badge, type BadgeTone } from "../ui/badge";
import { Card } from "../ui/card";
import { RelativeTime } from "../ui/relative-time";
import { TBody, TD, TH, THead, TR, Table } from "../ui/table";

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
    <Card as="div" padding="none" className="overflow-x-auto" role="region" aria-label="Alert history" tabIndex={0}>
      <Table className="w-full" data-testid="alert-history">
        <caption className="sr-only">Alert history</caption>
        <THead>
          <tr>
            <TH scope="col">Fired</TH>
            {showGroup && <TH scope="col">Group</TH>}
            <TH scope="col">Alert</TH>
            <TH scope="col">Deliveries</TH>
          </tr>
        </THead>
        <TBody>
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
        </TBody>
      </Table>
    </Card>
  );
}
