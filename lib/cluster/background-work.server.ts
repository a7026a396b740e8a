import "server-only";
import type { UpstreamTarget } from "../parallel/upstream-target";
import type { ConsoleDatabase } from "../registry/database-schema";
import { settleAllLostReservations, SETTLE_LOST_RESERVATIONS_INTERVAL_MS } from "../spend/settle-all-lost-reservations";
import { runAsLeader, type LeaderLoop } from "./run-as-leader";

// On globalThis: separately bundled route handlers of one process must start the work once.
const globalForWork = globalThis as typeof globalThis & { __consoleBackgroundWork?: LeaderLoop[] };

/**
 * Starts the console's periodic work in this process, each piece run by the cluster's leader for
 * it only (see runAsLeader). Called once the database is open; later calls do nothing.
 */
export function startBackgroundWork(db: ConsoleDatabase, target: UpstreamTarget): void {
  globalForWork.__consoleBackgroundWork ??= [
    runAsLeader({
      db,
      name: "settle-lost-reservations",
      intervalMs: SETTLE_LOST_RESERVATIONS_INTERVAL_MS,
      tick: async () => void (await settleAllLostReservations(db, target)),
    }),
  ];
}
