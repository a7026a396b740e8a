import type { ConsoleDatabase } from "../registry/database-schema";
import type { ReservationState } from "./spend-schema";

/** Moves a reservation on: settled (the upstream took the runs), released (it did not) or pending (nobody knows yet). */
export async function finishReservation(
  db: ConsoleDatabase,
  id: string,
  state: Exclude<ReservationState, "reserved">,
  atMs = Date.now(),
): Promise<void> {
  await db.updateTable("spend_reservations").set({ state, updated_at_ms: atMs }).where("id", "=", id).execute();
}
