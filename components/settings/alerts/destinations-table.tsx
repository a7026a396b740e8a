"use client";

import { useState } from "react";
import { useAlertDestinations, useDeleteAlertDestination, useTestAlertDestination } from "../../../lib/client/alert-queries";
import type { AlertTestResult } from "../../../lib/contracts/alerts";
import { useRoleGate } from "../../member/member-context";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { CardTable, DangerActionButton, mutateOnClick } from "../../ui/card-table";
import { ErrorPanel } from "../../ui/error-panel";
import { QueryPending } from "../../ui/query-pending";
import { TD, TR } from "../../ui/table";

/** Every destination; admins send a test alert (its result shown in the row) or delete one. */
export function DestinationsTable() {
  const destinations = useAlertDestinations();
  const test = useTestAlertDestination();
  const remove = useDeleteAlertDestination();
  const admin = useRoleGate("admin");
  const [results, setResults] = useState<Record<string, AlertTestResult>>({});
  const error = test.error ?? remove.error;

  if (!destinations.isSuccess) return <QueryPending query={destinations} what="the alert destinations" />;
  if (destinations.data.items.length === 0) return <p className="text-sm text-fg-muted">No destination yet.</p>;
  return (
    <div className="space-y-2">
      {error && <ErrorPanel error={error} action="change the destination" />}
      <CardTable caption="Alert destinations" columns={["Name", "Kind", "Sends to"]} actions data-testid="destinations-table">
        {destinations.data.items.map((destination) => {
          const result = results[destination.id];
          return (
            <TR key={destination.id} data-testid="destination-row">
              <TD>{destination.name}</TD>
              <TD>{destination.kind}</TD>
              <TD className="break-all">{destination.target ?? "members with the console open"}</TD>
              <TD className="space-y-1 text-right">
                {admin.allowed && (
                  <span className="flex justify-end gap-2">
                    <Button
                      type="button"
                      size="sm"
                      disabled={test.isPending}
                      onClick={() =>
                        test.mutate(destination.id, { onSuccess: (r) => setResults((all) => ({ ...all, [destination.id]: r })) })
                      }
                      data-testid="test-destination"
                    >
                      Send test alert
                    </Button>
                    <DangerActionButton {...mutateOnClick(remove, destination.id)} data-testid="delete-destination">
                      Delete
                    </DangerActionButton>
                  </span>
                )}
                {result && (
                  <span className="flex justify-end gap-2 text-xs" data-testid="test-destination-result" data-ok={result.ok}>
                    <Badge tone={result.ok ? "success" : "danger"}>{result.ok ? "delivered" : "failed"}</Badge>
                    {result.detail}
                  </span>
                )}
              </TD>
            </TR>
          );
        })}
      </CardTable>
    </div>
  );
}
