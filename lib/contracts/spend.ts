import { z } from "zod";
import type { Role } from "../auth/roles";
import { searchOf, type UrlQuery } from "./search-params";

// Usage and budgets: shared by the routes and the browser. Amounts the browser sees are USD.

export const MAX_BUDGET_BODY_BYTES = 1024;
/** Budgets above this are a typo, not a plan. */
export const MAX_MONTHLY_BUDGET_USD = 10_000_000;

/** PUT /api/budgets: the team's monthly budget, or (with `memberId`) one member's monthly cap; null removes it. */
export const setBudgetBodySchema = z.strictObject({
  memberId: z.string().min(1).max(100).optional(),
  monthlyUsd: z
    .number({ error: "must be a number of USD, or null for no limit" })
    .nonnegative({ error: "must not be negative" })
    .max(MAX_MONTHLY_BUDGET_USD, { error: `must be at most ${MAX_MONTHLY_BUDGET_USD.toLocaleString("en-US")}` })
    .nullable(),
});
export type SetBudgetBody = z.infer<typeof setBudgetBodySchema>;

/** GET /api/budgets. */
export interface BudgetsView {
  teamMonthlyUsd: number | null;
  members: { id: string; name: string; email: string; role: Role; monthlyUsd: number | null }[];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** GET /api/usage and /api/usage/export: one UTC month, this one when not given. */
export const usageQuerySchema = z.object({ month: z.string().regex(MONTH, { error: "must be a month as YYYY-MM" }).optional() });
export type UsageQuery = z.infer<typeof usageQuerySchema>;

export interface UsageAmount {
  runs: number;
  usd: number;
}

/** GET /api/usage: settled spend of the month; admins see the team's, everyone else their own. */
export interface UsageView {
  month: string;
  scope: "team" | "member";
  total: UsageAmount;
  pending: UsageAmount;
  byMember: (UsageAmount & { memberId: string | null; email: string | null })[];
  byProcessor: (UsageAmount & { processor: string })[];
  byGroup: (UsageAmount & { groupId: string; name: string | null })[];
  byDay: (UsageAmount & { day: string })[];
}

/** GET /api/usage/allowance: the prices the console counts with and what the member has left this month. */
export interface AllowanceView {
  month: string;
  /** USD per 1,000 runs by processor, overrides (CONSOLE_PRICES) applied. */
  prices: Record<string, number>;
  /** Spent or reserved this month by the member. */
  memberSpentUsd: number;
  memberCapUsd: number | null;
  teamSpentUsd: number;
  teamBudgetUsd: number | null;
  /** The smaller of what is left under the member's cap and under the team's budget; null when neither is set. */
  leftUsd: number | null;
}

/** GET /api/groups/:id/spend: what the console has spent on the group, all time. */
export interface GroupSpendView {
  groupId: string;
  runs: number;
  usd: number;
}

export const budgetsUrl = () => "/api/budgets";
export const usageUrl = (query: UrlQuery<UsageQuery> = {}) => `/api/usage${searchOf(query)}`;
export const usageExportUrl = (query: UrlQuery<UsageQuery> = {}) => `/api/usage/export${searchOf(query)}`;
export const allowanceUrl = () => "/api/usage/allowance";
export const groupSpendUrl = ({ id }: { id: string }) => `/api/groups/${encodeURIComponent(id)}/spend`;
