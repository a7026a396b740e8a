"use client";

import { useState } from "react";
import { useAlertDestinations, useDeleteAlertDestination, useTestAlertDestination } from "../../../lib/client/alert-queries";
import type { AlertTestResult } from "../../../lib/contracts/alerts";
import { useRoleGate } from "../../member/member-context";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { Card } from "../../ui/card";
import { ErrorPanel } from "../../ui/error-panel";
import { Spinner } from "../../ui/spinner";
import { TBody, TD, TH, THead, TR, Table } from "../../ui/table";

/** Every destination; admins send a test alert (its result shown in the row) or delete one. */
export function DestinationsTable() {
  const destinations = useAlertDestinations();
  const test = useTestAlertDestination();
  const remove = useDeleteAlertDestination();
  const admin = useRoleGate("admin");
  const [results, setResults] = useState<Record<string, AlertTestResult>>({});
  const error = test.error ?? remove.error;

  if (destinations.isPending) return <Spinner label="Loading the alert destinations" />;
  if (destinations.isError)
    return <ErrorPanel error={destinations.error} action="load the alert destinations" onRetry={() => void destinations.refetch()} />;
  if (destinations.data.items.length === 0) return <p className="text-sm text-fg-muted">No destination yet.</p>;
  return (
    <div className="space-y-2">
      {error && <ErrorPanel error={error} action="change the destination" />}
      <Card as="div" padding="none" className="overflow-x-auto" role="region" aria-label="Alert destinations" tabIndex={0}>
        <Table className="w-full" data-testid="destinations-table">
          <caption className="sr-only">Alert destinations</caption>
          <THead>
            <tr>
              <TH scope="col">Name</TH>
              <TH scope="col">Kind</TH>
              <TH scope="col">Sends to</TH>
              <TH scope="col">
                <span className="sr-only">Actions</span>
              </TH>
            </tr>
          </THead>
          <TBody>
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
                        <Button
                          type="button"
                          size="sm"
                          variant="danger"
                          disabled={remove.isPending}
                          onClick={() => remove.mutate(destination.id)}
                          data-testid="delete-destination"
                        >
                          Delete
                        </Button>
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
          </TBody>
        </Table>
      </Card>
    </div>
  );
}
