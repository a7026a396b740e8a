"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  compareRowsUrl,
  compareUrl,
  type CompareFigures,
  type CompareQuery,
  type CompareRowsPage,
  type CompareRowsQuery,
} from "../contracts/compare";
import { fetchJson } from "./fetch-json";

/** While a compared group is still being cached, its figures are re-read this often. */
export const COMPARE_POLL_MS = 2_000;

export const compareKeys = {
  figures: (query: CompareQuery) => ["compare", "figures", query] as const,
  rows: (query: CompareRowsQuery) => ["compare", "rows", query] as const,
};

export function useCompareFigures(query: CompareQuery, enabled: boolean) {
  return useQuery({
    queryKey: compareKeys.figures(query),
    queryFn: ({ signal }) => fetchJson<CompareFigures>(compareUrl(query), { signal }),
    enabled,
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data && q.state.data.groups.some((group) => !group.final) ? COMPARE_POLL_MS : false),
  });
}

export function useCompareRows(query: CompareRowsQuery, enabled: boolean, refreshKey: string | undefined) {
  return useQuery({
    // The figures' version: rows are read again when the groups' caches change.
    queryKey: [...compareKeys.rows(query), refreshKey],
    queryFn: ({ signal }) => fetchJson<CompareRowsPage>(compareRowsUrl(query), { signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
}
