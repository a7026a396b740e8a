import { createColumnHelper, type ColumnDef, type RowData } from "@tanstack/react-table";
import Link from "next/link";
import { RelativeTime } from "../ui/relative-time";
import { StatusBadge } from "../ui/status-badge";
import type { RunRow } from "./run-rows";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Stays in view when the table scrolls sideways (the run id, so a row stays identifiable). */
    sticky?: boolean;
  }
}

const column = createColumnHelper<RunRow>();

// Columns of different value types in one list: TanStack's own docs type such a list with `any`,
// since ColumnDef is invariant in its value type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RunColumn = ColumnDef<RunRow, any>;

// Input/output columns are as wide as their longest cell needs, within these bounds.
const CHAR_PX = 7.5;
const CELL_PADDING_PX = 28;
const MIN_DATA_COLUMN_PX = 90;
const MAX_DATA_COLUMN_PX = 300;
const TEXT_COLUMN_PX = 420;

export interface RunColumnsParams {
  inputColumns: string[];
  outputColumns: string[];
  widestChars: Record<string, number>;
  /** Whether a run on the page has an error message: the column is left out otherwise. */
  withErrors: boolean;
  runHref: (runId: string) => string;
}

/** The runs table's columns: the run's own, then one per flattened input key and output field. */
export function buildRunColumns({ inputColumns, outputColumns, widestChars, withErrors, runHref }: RunColumnsParams): RunColumn[] {
  const columns: RunColumn[] = [
    column.accessor("id", {
      header: "Run",
      size: 140,
      meta: { sticky: true },
      cell: ({ getValue }) => {
        const id = getValue();
        return (
          // Not a tab stop: the row is (arrow keys move between rows); the link serves the mouse and new tabs.
          <Link href={runHref(id)} tabIndex={-1} title={id} className="font-mono text-xs text-accent hover:underline">
            {shortRunId(id)}
          </Link>
        );
      },
    }),
    column.accessor((row) => row.item.run.status, {
      id: "status",
      header: "Status",
      size: 140,
      cell: ({ getValue }) => <StatusBadge status={getValue()} />,
    }),
    column.accessor((row) => row.item.run.processor, { id: "processor", header: "Processor", size: 100 }),
    column.accessor((row) => row.item.run.modified_at, {
      id: "modified",
      header: "Modified",
      size: 130,
      cell: ({ getValue }) => <RelativeTime value={getValue()} className="text-fg-muted" />,
    }),
  ];
  if (withErrors) {
    columns.push(
      column.accessor((row) => row.item.run.error?.message ?? "", {
        id: "error",
        header: "Error",
        size: 260,
        cell: ({ getValue }) => <span className="text-danger">{getValue()}</span>,
      }),
    );
  }
  const parts = [
    { part: "input", header: "Input", keys: inputColumns },
    { part: "output", header: "Output", keys: outputColumns },
  ] as const;
  for (const { part, header, keys } of parts)
    if (keys.length > 0)
      columns.push(column.group({ id: `${part}-group`, header, columns: keys.map((key) => dataColumn(key, part, widestChars[key] ?? 0)) }));
  return columns;
}

function dataColumn(key: string, part: "input" | "output", widestChars: number): RunColumn {
  const label = key === part ? "text" : key.slice(part.length + 1);
  const chars = Math.max(widestChars, label.length);
  const size =
    key === part
      ? TEXT_COLUMN_PX
      : Math.round(Math.min(MAX_DATA_COLUMN_PX, Math.max(MIN_DATA_COLUMN_PX, chars * CHAR_PX + CELL_PADDING_PX)));
  return column.accessor((row) => row.cells[key], {
    id: key,
    header: () => <span title={key}>{label}</span>,
    size,
    cell: ({ getValue, row }) => {
      const value = getValue();
      if (value !== undefined) return value;
      // A finished run whose output is on its way (the page is being re-read) versus nothing to show.
      const pending = part === "output" && row.original.item.run.status === "completed" && !row.original.item.output;
      return <span className="text-fg-subtle">{pending ? "…" : "—"}</span>;
    },
  });
}

/** `trun_1a2b3c4d…`: enough to tell runs apart on a page; the full id is in the title and the link. */
export function shortRunId(runId: string): string {
  return runId.length > 14 ? `${runId.slice(0, 13)}…` : runId;
}
