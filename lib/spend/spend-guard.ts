import { describeAddedRuns } from "../auth/describe-added-runs";
import { costMicroUsd, type PriceTable } from "../parallel/price-table";
import type { UpstreamTarget } from "../parallel/upstream-target";
import type { ConsoleDatabase } from "../registry/database-schema";
import { finishReservation } from "./finish-reservation";
import { reserveSpend } from "./reserve-spend";
import { settleLostReservations } from "./settle-lost-reservations";

/** What the gateway does with one add-runs call's reservation once the upstream has (or has not) answered. */
export interface SpendReservation {
  /** The upstream took the runs. */
  settle(): Promise<void>;
  /** The upstream refused them. */
  release(): Promise<void>;
  /** The call was sent and its answer lost: pending until the group's run count tells. */
  lose(): Promise<void>;
}

export interface SpendGuard {
  /** Reserves what an add-runs body costs, or throws a 402 `budget_exceeded`. */
  reserve(input: { groupId: string; requestBody: string; member: { id: string; email: string } | null }): Promise<SpendReservation>;
}

/** The spend ledger as the gateway uses it: a reservation before the call, settled, released or left pending after it. */
export function createSpendGuard(getDb: () => Promise<ConsoleDatabase>, target: UpstreamTarget, prices: () => PriceTable): SpendGuard {
  const settlePending = (db: ConsoleDatabase, groupId: string) =>
    settleLostReservations(db, target, groupId).catch((error: unknown) =>
      console.error(`spend: the lost add-runs answers of ${groupId} stay pending (counted against budgets) for now:`, error),
    );
  return {
    async reserve({ groupId, requestBody, member }) {
      const db = await getDb();
      const table = prices();
      const { processors } = describeAddedRuns(requestBody, table);
      const lines = Object.entries(processors).map(([processor, runs]) => ({
        processor,
        runs,
        costMicroUsd: costMicroUsd(table, processor, runs),
      }));
      const id = await reserveSpend(db, { member, groupId, lines });
      return {
        settle: async () => {
          await finishReservation(db, id, "settled");
          await settlePending(db, groupId);
        },
        release: () => finishReservation(db, id, "released"),
        lose: async () => {
          await finishReservation(db, id, "pending");
          await settlePending(db, groupId);
        },
      };
    },
  };
}
