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
import { getJson } from "./fetch-json";
import { compareKeys } from "./query-keys";
import { INGESTION_POLL_MS } from "./run-queries";

export function useCompareFigures(query: CompareQuery, enabled: boolean) {
  return useQuery({
    queryKey: compareKeys.figures(query),
    queryFn: getJson<CompareFigures>(compareUrl(query)),
    enabled,
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data && q.state.data.groups.some((group) => !group.final) ? INGESTION_POLL_MS : false),
  });
}

export function useCompareRows(query: CompareRowsQuery, enabled: boolean, refreshKey: string | undefined) {
  return useQuery({
    // The figures' version: rows are read again when the groups' caches change.
    queryKey: [...compareKeys.rows(query), refreshKey],
    queryFn: getJson<CompareRowsPage>(compareRowsUrl(query)),
    enabled,
    placeholderData: keepPreviousData,
  });
}
