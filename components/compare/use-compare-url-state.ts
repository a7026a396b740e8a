"use client";

import { useQueryStates } from "nuqs";
import { compareUrlParsers, type CompareView } from "../../lib/client/compare-view-params";

export function useCompareUrlState() {
  const [view, setState] = useQueryStates(compareUrlParsers, { history: "push", scroll: false });
  return {
    view: view as CompareView,
    /** Another comparison or filter shows other rows: back to the first page, no cell open. */
    setFilter: (change: Partial<Pick<CompareView, "groups" | "match" | "by" | "show" | "field" | "low">>) =>
      setState({ ...change, cursor: null, row: null, cell: null }),
    setCursor: (cursor: string | null) => setState({ cursor, row: null, cell: null }),
    openCell: (row: string, cell: string) => setState({ row, cell }),
    closeCell: () => setState({ row: null, cell: null }, { history: "replace" }),
  };
}
