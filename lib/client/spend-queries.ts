"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  allowanceUrl,
  budgetsUrl,
  groupSpendUrl,
  usageUrl,
  type AllowanceView,
  type BudgetsView,
  type GroupSpendView,
  type SetBudgetBody,
  type UsageView,
} from "../contracts/spend";
import { fetchJson } from "./fetch-json";

// React Query hooks of usage and budgets: the usage page, the budgets page, the create form's
// estimate (prices and what is left) and a group's spend.

export const spendKeys = {
  all: ["spend"] as const,
  usage: (month: string | null) => ["spend", "usage", month] as const,
  budgets: ["spend", "budgets"] as const,
  allowance: ["spend", "allowance"] as const,
  /** Keyed by the group's run count too: runs added anywhere change the count, and so the spend is read again. */
  group: (groupId: string, numRuns: number) => ["spend", "group", groupId, numRuns] as const,
};

export function useUsage(month: string | null) {
  return useQuery({
    queryKey: spendKeys.usage(month),
    queryFn: ({ signal }) => fetchJson<UsageView>(usageUrl({ month }), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useBudgets() {
  return useQuery({ queryKey: spendKeys.budgets, queryFn: ({ signal }) => fetchJson<BudgetsView>(budgetsUrl(), { signal }) });
}

export function useSetBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetBudgetBody) => fetchJson<BudgetsView>(budgetsUrl(), { method: "PUT", body: JSON.stringify(body) }),
    onSuccess: (view) => queryClient.setQueryData(spendKeys.budgets, view),
    onSettled: () => queryClient.invalidateQueries({ queryKey: spendKeys.allowance }),
  });
}

/** The effective prices and what the signed-in member has left this month. */
export function useAllowance() {
  return useQuery({ queryKey: spendKeys.allowance, queryFn: ({ signal }) => fetchJson<AllowanceView>(allowanceUrl(), { signal }) });
}

export function useGroupSpend(groupId: string, numRuns: number) {
  return useQuery({
    queryKey: spendKeys.group(groupId, numRuns),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => fetchJson<GroupSpendView>(groupSpendUrl({ id: groupId }), { signal }),
  });
}
