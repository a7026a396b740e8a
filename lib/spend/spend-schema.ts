// The spend ledger and the budgets it is held to. Amounts are integer micro-USD (see price-table.ts).

/** reserved: checked and on its way upstream; pending: the upstream's answer was lost; settled: spent; released: not spent. */
export type ReservationState = "reserved" | "pending" | "settled" | "released";

export interface SpendReservationsTable {
  id: string;
  member_id: string | null;
  member_email: string | null;
  group_id: string;
  state: ReservationState;
  runs: number;
  cost_micro_usd: number;
  at_ms: number;
  updated_at_ms: number;
}

/** One row per processor of a reservation. */
export interface SpendLinesTable {
  reservation_id: string;
  processor: string;
  runs: number;
  cost_micro_usd: number;
}

/** `team`, or `member:<id>` for one member's cap. */
export type BudgetSubject = "team" | `member:${string}`;

export interface BudgetsTable {
  subject: BudgetSubject;
  monthly_micro_usd: number;
  updated_at_ms: number;
}

export interface SpendTables {
  spend_reservations: SpendReservationsTable;
  spend_lines: SpendLinesTable;
  budgets: BudgetsTable;
}
