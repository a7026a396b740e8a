"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { useGroup } from "../../lib/client/group-queries";
import { useRunsPage } from "../../lib/client/run-queries";
import { EmptyState } from "../ui/empty-state";
import { ErrorPanel } from "../ui/error-panel";
import { IngestionNotice } from "./ingestion-notice";
import { NewRunsNotice } from "./new-runs-notice";
import { runHref } from "./run-href";
import { buildRunColumns } from "./run-columns";
import { buildRunRows } from "./run-rows";
import { RunsExportLinks } from "./runs-export-links";
import { RunsGrid } from "./runs-grid";
import { RunsPagination } from "./runs-pagination";
import { RunsSkeleton } from "./runs-skeleton";
import { RunsToolbar } from "./runs-toolbar";
import { runsPageParams, useRunsUrlState } from "./use-runs-url-state";
import { Button } from "../ui/button";

/**
 * The group's runs, a page at a time from the console's run cache, with filters, search, paging and
 * optional input/output columns, all in the URL. The page's rows are patched live by the group's
 * events hook (use-group-events.ts) through the same query; the table opens no stream of its own.
 */
export function RunsTable({ groupId }: { groupId: string }) {
  const { view, setFilter, setPage, setColumns, resetFilters } = useRunsUrlState();
  const params = runsPageParams(view);
  const query = useRunsPage(groupId, params);
  const group = useGroup(groupId);
  const router = useRouter();
  const from = useSearchParams().toString();

  const hrefOf = useCallback((runId: string) => runHref(groupId, runId, from), [groupId, from]);
  const items = query.data?.items;
  const { rows, inputColumns, outputColumns, widestChars } = useMemo(
    () => buildRunRows(items ?? [], { input: view.input, output: view.output }),
    [items, view.input, view.output],
  );
  const withErrors = rows.some((row) => row.item.run.error);
  const columns = useMemo(
    () => buildRunColumns({ inputColumns, outputColumns, widestChars, withErrors, runHref: hrefOf }),
    [inputColumns, outputColumns, widestChars, withErrors, hrefOf],
  );
  const onOpen = useCallback(
    (runId: string, inNewTab: boolean) => {
      if (inNewTab) window.open(hrefOf(runId), "_blank", "noopener");
      else router.push(hrefOf(runId));
    },
    [hrefOf, router],
  );

  const filtered = view.status !== null || view.q !== "";
  const data = query.data;

  let body;
  if (!data) {
    body = query.isError ? (
      <ErrorPanel error={query.error} action="load the runs" onRetry={() => void query.refetch()} />
    ) : (
      <RunsSkeleton />
    );
  } else if (data.total === 0 && filtered) {
    body = (
      <EmptyState
        testId="runs-empty"
        title="No runs match"
        description={
          data.ingestion.complete ? "No run of this group matches the status and search." : "None so far; more runs are still being loaded."
        }
        actions={
          <Button type="button" onClick={resetFilters}>
            Reset filters
          </Button>
        }
      />
    );
  } else if (data.total === 0) {
    body = data.ingestion.complete ? (
      <EmptyState
        testId="runs-empty"
        title="No runs yet"
        description="Runs added to this group through the API appear here as they are created."
      />
    ) : (
      <RunsSkeleton />
    );
  } else if (data.items.length === 0) {
    const lastPage = Math.max(1, Math.ceil(data.total / view.pageSize));
    body = (
      <EmptyState
        testId="runs-empty"
        title={`There is no page ${view.page.toLocaleString("en-US")}`}
        description={`These runs fill ${lastPage.toLocaleString("en-US")} ${lastPage === 1 ? "page" : "pages"}.`}
        actions={
          <Button type="button" onClick={() => setPage(lastPage)}>
            Go to the last page
          </Button>
        }
      />
    );
  } else {
    body = (
      <RunsGrid
        rows={rows}
        columns={columns}
        viewKey={`${view.status}|${view.q}|${view.page}|${view.pageSize}`}
        busy={query.isPlaceholderData}
        onOpen={onOpen}
        label={`Runs, page ${view.page}`}
      />
    );
  }

  return (
    <section aria-labelledby="runs-heading" className="space-y-3" data-testid="runs-section">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="runs-heading" className="text-lg font-semibold">
          Runs
        </h2>
        <RunsExportLinks groupId={groupId} status={view.status} q={view.q} />
      </div>
      <RunsToolbar view={view} counts={group.data?.status_counts ?? null} onFilter={setFilter} onColumns={setColumns} />
      {data && <IngestionNotice ingestion={data.ingestion} />}
      {data?.ingestion.complete && (
        <NewRunsNotice groupId={groupId} groupRuns={group.data?.num_runs} cachedRuns={data.ingestion.ingested} />
      )}
      {data && query.isError && (
        <ErrorPanel error={query.error} action="refresh the runs" onRetry={() => void query.refetch()} className="py-2" />
      )}
      {body}
      {data && data.total > 0 && (
        <RunsPagination page={view.page} pageSize={view.pageSize} total={data.total} shown={data.items.length} onPage={setPage} />
      )}
    </section>
  );
}
