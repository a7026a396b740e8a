"use client";

import { flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { cardClass } from "../ui/card";
import { TD, TH, THead, Table } from "../ui/table";
import type { RunColumn } from "./run-columns";
import type { RunRow } from "./run-rows";

/** Every row is one line of this height, so the virtualizer never has to measure. */
export const RUN_ROW_HEIGHT_PX = 41;
/** Rows rendered beyond the visible ones on each side: smooth scrolling, a bounded DOM. */
const OVERSCAN_ROWS = 12;
// The sticky run id cell needs an opaque background that follows the row's hover and focus.
const STICKY_CELL = "sticky left-0 z-[1] bg-surface group-hover:bg-surface-hover group-focus-visible:bg-accent-surface";
const STICKY_HEADER = "sticky left-0 z-[1] bg-surface-muted";
/** Rows laid out before the scroller has a measured height. */
const INITIAL_VIEW_ROWS = 16;
/** Rows moved by PageUp / PageDown. */
const PAGE_JUMP_ROWS = 10;

export interface RunsGridProps {
  rows: RunRow[];
  columns: RunColumn[];
  /** Changes when another page or filter is shown: the grid scrolls back to its first row. */
  viewKey: string;
  busy: boolean;
  onOpen: (runId: string, inNewTab: boolean) => void;
  label: string;
}

/**
 * The runs of one page as a virtualized table: only the rows in view (plus overscan) are in the
 * DOM. Rows are keyed by run id and kept in the server's order, so live updates change cells in
 * place and never move the reader. One row is the tab stop; arrows, Home/End and PageUp/PageDown
 * move it, Enter opens the run.
 */
export function RunsGrid({ rows, columns, viewKey, busy, onOpen, label }: RunsGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const pendingFocus = useRef<number | null>(null);

  // TanStack Table hands out new functions each render by design; nothing here is memoized on them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (row) => row.id });
  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => RUN_ROW_HEIGHT_PX,
    overscan: OVERSCAN_ROWS,
    getItemKey: (index) => tableRows[index]?.id ?? index,
    // Before the scroller is measured (on the server, and in the browser's hydrating render) the
    // first rows are laid out for a typical viewport, so the first HTML already shows them.
    initialRect: { width: 0, height: INITIAL_VIEW_ROWS * RUN_ROW_HEIGHT_PX },
  });

  const [shownView, setShownView] = useState(viewKey);
  if (shownView !== viewKey) {
    setShownView(viewKey);
    setActive(0);
  }
  useLayoutEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [viewKey]);

  const activeIndex = Math.min(active, Math.max(0, tableRows.length - 1));

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (element) {
      pendingFocus.current = null;
      element.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(tableRows.length - 1, index));
    setActive(next);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: "auto" });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + PAGE_JUMP_ROWS,
      PageUp: activeIndex - PAGE_JUMP_ROWS,
      Home: 0,
      End: tableRows.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]);
    } else if (event.key === "Enter") {
      const row = tableRows[activeIndex];
      if (row) {
        event.preventDefault();
        onOpen(row.id, event.metaKey || event.ctrlKey);
      }
    }
  };

  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, index: number, runId: string) => {
    setActive(index);
    // The run id link handles its own clicks (and middle or modified clicks) itself.
    if ((event.target as HTMLElement).closest("a")) return;
    if (window.getSelection()?.toString()) return;
    onOpen(runId, event.metaKey || event.ctrlKey);
  };

  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? items[0].start : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const totalWidth = table.getVisibleLeafColumns().reduce((sum, c) => sum + c.getSize(), 0);

  return (
    <div
      ref={scrollRef}
      data-testid="runs-scroll"
      className={cardClass({ padding: "none" }, `max-h-[70vh] overflow-auto transition-opacity ${busy ? "opacity-60" : ""}`)}
    >
      <Table
        aria-label={label}
        aria-rowcount={tableRows.length + 1}
        aria-busy={busy}
        data-testid="runs-table"
        className="table-fixed border-separate border-spacing-0"
        style={{ width: totalWidth, minWidth: "100%" }}
      >
        <colgroup>
          {table.getVisibleLeafColumns().map((c) => (
            <col key={c.id} style={{ width: c.getSize() }} />
          ))}
        </colgroup>
        <THead sticky>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) =>
                // The row above the leaf headers only names the Input and Output groups; elsewhere it is empty, not a header.
                header.isPlaceholder ? (
                  <td
                    key={header.id}
                    colSpan={header.colSpan}
                    className={`border-b border-line ${header.column.columnDef.meta?.sticky ? STICKY_HEADER : ""}`}
                  />
                ) : (
                  <TH
                    key={header.id}
                    colSpan={header.colSpan}
                    scope={header.colSpan > 1 ? "colgroup" : "col"}
                    className={`truncate ${header.column.columnDef.meta?.sticky ? STICKY_HEADER : ""} ${header.column.columns.length > 0 ? "border-l text-fg" : ""}`}
                  >
                    {flexRender(header.column.columnDef.header, header.getContext())}
                  </TH>
                ),
              )}
            </tr>
          ))}
        </THead>
        <tbody onKeyDown={onKeyDown}>
          {paddingTop > 0 && <tr aria-hidden style={{ height: paddingTop }} />}
          {items.map((virtual) => {
            const row = tableRows[virtual.index];
            return (
              <tr
                key={row.id}
                data-index={virtual.index}
                data-run-id={row.id}
                data-testid="run-row"
                aria-rowindex={virtual.index + 2}
                tabIndex={virtual.index === activeIndex ? 0 : -1}
                onClick={(event) => onRowClick(event, virtual.index, row.id)}
                onFocus={() => setActive(virtual.index)}
                style={{ height: RUN_ROW_HEIGHT_PX }}
                className="group cursor-pointer hover:bg-surface-hover focus-visible:bg-accent-surface focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-focus"
              >
                {row.getVisibleCells().map((cell) => {
                  const value = cell.getValue();
                  return (
                    <TD
                      key={cell.id}
                      density="fixed"
                      title={typeof value === "string" && value.length > 20 ? value : undefined}
                      className={`truncate border-b border-line-soft ${cell.column.columnDef.meta?.sticky ? STICKY_CELL : ""}`}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </TD>
                  );
                })}
              </tr>
            );
          })}
          {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
        </tbody>
      </Table>
    </div>
  );
}
