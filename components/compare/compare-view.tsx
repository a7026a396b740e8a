"use client";

import { compareQueryOf, compareRowsQueryOf, groupIdsOf } from "../../lib/client/compare-view-params";
import { useCompareFigures, useCompareRows } from "../../lib/client/compare-queries";
import { Button } from "../ui/button";
import { EmptyState } from "../ui/empty-state";
import { ErrorPanel } from "../ui/error-panel";
import { Spinner } from "../ui/spinner";
import { CellBasisDialog } from "./cell-basis-dialog";
import { CompareFieldFigures } from "./compare-field-figures";
import { CompareGroupFigures } from "./compare-group-figures";
import { ComparePicker } from "./compare-picker";
import { CompareRowsTable } from "./compare-rows-table";
import { CompareToolbar } from "./compare-toolbar";
import { useCompareUrlState } from "./use-compare-url-state";

/** `/compare?groups=A,B[,C]`: per-group and per-field figures, then the matched rows. */
export function CompareView() {
  const { view, setFilter, setCursor, openCell, closeCell } = useCompareUrlState();
  const ids = groupIdsOf(view);
  const ready = ids.length >= 2 && (view.match !== "field" || view.by !== "");
  const figures = useCompareFigures(compareQueryOf(view), ready);
  const rows = useCompareRows(compareRowsQueryOf(view), ready && figures.isSuccess, figures.data?.version);

  if (ids.length < 2) return <ComparePicker initial={ids} onPick={(groups) => setFilter({ groups })} />;
  if (figures.error) return <ErrorPanel error={figures.error} action="compare the groups" onRetry={() => void figures.refetch()} />;
  const data = figures.data;
  const fields = data?.fields.map((field) => field.field) ?? [];
  const shownFields = view.field ? fields.filter((field) => field === view.field) : fields;
  const openRow = view.row ? rows.data?.items.find((row) => row.key === view.row) : undefined;

  return (
    <div className="space-y-6" data-testid="compare-view">
      {!ready && <p className="text-sm text-fg-muted">Name the input field to match rows by.</p>}
      {ready && !data && <Spinner label="Comparing the groups" />}
      {data && (
        <>
          <CompareGroupFigures groups={data.groups} />
          <p className="text-sm text-fg-muted" data-testid="compare-matched">
            {data.matched.toLocaleString("en-US")} matched rows
          </p>
          {data.fields.length > 0 && <CompareFieldFigures fields={data.fields} groups={data.groups} />}
        </>
      )}
      <CompareToolbar view={view} fields={fields} groupCount={ids.length} onChange={setFilter} />
      {rows.error && <ErrorPanel error={rows.error} action="read the matched rows" onRetry={() => void rows.refetch()} />}
      {rows.data && rows.data.items.length === 0 && (
        <EmptyState
          title="No matched rows"
          description="No row of the first group has a partner in every other group with these filters."
          testId="compare-no-rows"
        />
      )}
      {rows.data && rows.data.items.length > 0 && (
        <CompareRowsTable
          rows={rows.data.items}
          fields={shownFields}
          groupCount={ids.length}
          onOpenCell={openCell}
          stale={rows.isPlaceholderData}
        />
      )}
      <div className="flex gap-2">
        {view.cursor && (
          <Button onClick={() => setCursor(null)} data-testid="compare-first-page">
            First page
          </Button>
        )}
        {rows.data?.nextCursor && (
          <Button onClick={() => setCursor(rows.data?.nextCursor ?? null)} data-testid="compare-next-page">
            Next page
          </Button>
        )}
      </div>
      {openRow && data && view.cell && <CellBasisDialog row={openRow} field={view.cell} groups={data.groups} onClose={closeCell} />}
    </div>
  );
}
