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
import { getJson, sendJson } from "./fetch-json";
import { spendKeys } from "./query-keys";

// React Query hooks of usage and budgets: the usage page, the budgets page, the create form's
// estimate (prices and what is left) and a group's spend.

export function useUsage(month: string | null) {
  return useQuery({
    queryKey: spendKeys.usage(month),
    queryFn: getJson<UsageView>(usageUrl({ month })),
    placeholderData: keepPreviousData,
  });
}

export function useBudgets() {
  return useQuery({ queryKey: spendKeys.budgets, queryFn: getJson<BudgetsView>(budgetsUrl()) });
}

export function useSetBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetBudgetBody) => sendJson<BudgetsView>("PUT", budgetsUrl(), body),
    onSuccess: (view) => queryClient.setQueryData(spendKeys.budgets, view),
    onSettled: () => queryClient.invalidateQueries({ queryKey: spendKeys.allowance }),
  });
}

/** The effective prices and what the signed-in member has left this month. */
export function useAllowance() {
  return useQuery({ queryKey: spendKeys.allowance, queryFn: getJson<AllowanceView>(allowanceUrl()) });
}

export function useGroupSpend(groupId: string, numRuns: number) {
  return useQuery({
    queryKey: spendKeys.group(groupId, numRuns),
    placeholderData: keepPreviousData,
    queryFn: getJson<GroupSpendView>(groupSpendUrl({ id: groupId })),
  });
}
