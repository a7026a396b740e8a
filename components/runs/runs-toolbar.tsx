"use client";

import { RUNS_PAGE_SIZES } from "../../lib/client/run-queries";
import { RUN_STATUSES, type RunStatus } from "../../lib/parallel/types";
import { STATUS_LABEL } from "../ui/status-styles";
import { RunsSearchBox } from "./runs-search-box";
import type { RunsView } from "./use-runs-url-state";
import { Select } from "../ui/input";
import { Button } from "../ui/button";
import { ChoiceSelect } from "../ui/choice-select";

export interface RunsToolbarProps {
  view: RunsView;
  /** The group's run count per status, when known. */
  counts: Partial<Record<RunStatus, number>> | null;
  onFilter: (change: Partial<Pick<RunsView, "status" | "q" | "pageSize">>) => void;
  onColumns: (change: Partial<Pick<RunsView, "input" | "output">>) => void;
}

export function RunsToolbar({ view, counts, onFilter, onColumns }: RunsToolbarProps) {
  const total = counts ? Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0) : null;
  const withCount = (label: string, n: number | null | undefined) =>
    n === null || n === undefined ? label : `${label} (${n.toLocaleString("en-US")})`;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <RunsSearchBox value={view.q} onSearch={(q) => onFilter({ q })} />
      <label className="flex items-center gap-2 text-sm">
        <span className="text-fg-muted">Status</span>
        <Select value={view.status ?? ""} onChange={(event) => onFilter({ status: (event.target.value || null) as RunStatus | null })}>
          <option value="">{withCount("All statuses", total)}</option>
          {RUN_STATUSES.map((status) => (
            <option key={status} value={status}>
              {withCount(STATUS_LABEL[status], counts ? (counts[status] ?? 0) : null)}
            </option>
          ))}
        </Select>
      </label>
      <div role="group" aria-label="Columns" className="flex items-center gap-1">
        <ColumnToggle label="Input" pressed={view.input} onToggle={() => onColumns({ input: !view.input })} />
        <ColumnToggle label="Output" pressed={view.output} onToggle={() => onColumns({ output: !view.output })} />
      </div>
      <label className="ml-auto flex items-center gap-2 text-sm">
        <span className="text-fg-muted">Rows per page</span>
        <ChoiceSelect choices={RUNS_PAGE_SIZES} value={view.pageSize} onChange={(pageSize) => onFilter({ pageSize })} />
      </label>
    </div>
  );
}

function ColumnToggle({ label, pressed, onToggle }: { label: string; pressed: boolean; onToggle: () => void }) {
  return (
    <Button type="button" variant={pressed ? "selected" : "secondary"} aria-pressed={pressed} onClick={onToggle}>
      {label}
    </Button>
  );
}
