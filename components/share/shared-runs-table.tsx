"use client";

import { useMemo, useState } from "react";
import { shortRunId } from "../runs/run-columns";
import { buildRunRows } from "../runs/run-rows";
import { SHARED_RUNS_PAGE_SIZE, useSharedRuns } from "../../lib/client/share-queries";
import { Button } from "../ui/button";
import { ErrorPanel } from "../ui/error-panel";
import { Spinner } from "../ui/spinner";
import { StatusBadge } from "../ui/status-badge";
import { Table, TBody, TD, TH, THead, TR } from "../ui/table";

/**
 * The shared group's runs, a page at a time: id and status, and their inputs and outputs as cells
 * when the link includes them. Read-only: no run pages, no filters that search their text.
 */
export function SharedRunsTable({ token, includesData }: { token: string; includesData: boolean }) {
  const [page, setPage] = useState(1);
  const query = useSharedRuns(token, page, includesData);
  const items = query.data?.items;
  const { rows, inputColumns, outputColumns } = useMemo(
    () => buildRunRows(items ?? [], { input: includesData, output: includesData }),
    [items, includesData],
  );
  const dataColumns = [...inputColumns, ...outputColumns];
  const total = query.data?.total ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / SHARED_RUNS_PAGE_SIZE));

  return (
    <section aria-labelledby="shared-runs-heading" className="space-y-3" data-testid="shared-runs">
      <h2 id="shared-runs-heading" className="text-lg font-semibold">
        Runs
      </h2>
      {!includesData && (
        <p className="text-sm text-fg-muted" data-testid="shared-runs-no-data">
          This link shares counts and progress only: inputs and outputs are not included.
        </p>
      )}
      {query.isError && <ErrorPanel error={query.error} action="load the runs" onRetry={() => void query.refetch()} />}
      {!query.data ? (
        !query.isError && <Spinner label="Loading the runs" />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-line">
          <Table className="w-full">
            <THead>
              <tr>
                <TH>Run</TH>
                <TH>Status</TH>
                {dataColumns.map((column) => (
                  <TH key={column}>{column}</TH>
                ))}
              </tr>
            </THead>
            <TBody>
              {rows.map((row) => (
                <TR key={row.id} data-testid="shared-run-row">
                  <TD className="font-mono text-xs" title={row.id}>
                    {shortRunId(row.id)}
                  </TD>
                  <TD>
                    <StatusBadge status={row.item.run.status} />
                  </TD>
                  {dataColumns.map((column) => (
                    <TD key={column} className="max-w-xs truncate" title={row.cells[column]}>
                      {row.cells[column] ?? ""}
                    </TD>
                  ))}
                </TR>
              ))}
            </TBody>
          </Table>
        </div>
      )}
      {total > SHARED_RUNS_PAGE_SIZE && (
        <nav aria-label="Runs pages" className="flex items-center gap-3 text-sm">
          <Button type="button" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            Previous
          </Button>
          <span>
            Page {page} of {lastPage}
          </span>
          <Button type="button" size="sm" disabled={page >= lastPage} onClick={() => setPage(page + 1)}>
            Next
          </Button>
        </nav>
      )}
    </section>
  );
}
