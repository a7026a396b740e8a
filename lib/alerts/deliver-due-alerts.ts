import "server-only";
import type { ConsoleDatabase } from "../registry/database-schema";
import type { AlertPayload } from "./alert-payload";
import type { SendAlert } from "./send-alert";

// A claimed delivery is someone's for this long; if its sender died it becomes due again after it.
const CLAIM_MS = 60_000;
const DELIVERIES_PER_TICK = 50;
const MAX_ERROR_CHARS = 500;

export interface RetryPolicy {
  /** Wait before the first retry; doubled for each one after. */
  baseMs: number;
  /** Attempts in all, the first included; a delivery failing that many times stays failed. */
  maxAttempts: number;
}

/** When the delivery that just failed its `attempts`-th time is tried again. */
export function nextAttemptAtMs(nowMs: number, attempts: number, policy: RetryPolicy): number {
  return nowMs + policy.baseMs * 2 ** Math.max(0, attempts - 1);
}

/**
 * Sends the deliveries that are due. Each is first claimed by moving its next attempt time forward
 * on the condition that nobody did so since it was read: with several instances, only one sends it.
 */
export async function deliverDueAlerts(db: ConsoleDatabase, deps: { send: SendAlert; nowMs: number; retry: RetryPolicy }): Promise<number> {
  const { send, nowMs, retry } = deps;
  const due = await db
    .selectFrom("alert_deliveries as d")
    .innerJoin("alert_firings as f", "f.id", "d.firing_id")
    .leftJoin("groups as g", "g.id", "f.group_id")
    .select([
      "d.id",
      "d.destination_id",
      "d.attempts",
      "d.next_attempt_at_ms",
      "f.id as firing_id",
      "f.rule_id",
      "f.kind",
      "f.title",
      "f.message",
      "f.group_id",
      "f.fired_at_ms",
      "g.name as group_name",
    ])
    .where("d.state", "=", "pending")
    .where("d.next_attempt_at_ms", "<=", nowMs)
    .orderBy("d.next_attempt_at_ms")
    .limit(DELIVERIES_PER_TICK)
    .execute();
  let sent = 0;
  for (const row of due) {
    const attempts = Number(row.attempts) + 1;
    const claimed = await db
      .updateTable("alert_deliveries")
      .set({ attempts, next_attempt_at_ms: nowMs + CLAIM_MS })
      .where("id", "=", row.id)
      .where("state", "=", "pending")
      .where("next_attempt_at_ms", "=", row.next_attempt_at_ms)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    const destination = await db.selectFrom("alert_destinations").selectAll().where("id", "=", row.destination_id).executeTakeFirst();
    const payload: AlertPayload = {
      deliveryId: row.id,
      firingId: row.firing_id,
      ruleId: row.rule_id,
      kind: row.kind,
      title: row.title,
      message: row.message,
      groupId: row.group_id,
      groupName: row.group_name,
      firedAtMs: Number(row.fired_at_ms),
    };
    try {
      if (!destination) throw new Error("the destination was deleted");
      await send(destination, payload);
      await db
        .updateTable("alert_deliveries")
        .set({ state: "sent", sent_at_ms: nowMs, last_error: null })
        .where("id", "=", row.id)
        .execute();
      sent += 1;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_CHARS);
      const exhausted = !destination || attempts >= retry.maxAttempts;
      await db
        .updateTable("alert_deliveries")
        .set({ state: exhausted ? "failed" : "pending", last_error: message, next_attempt_at_ms: nextAttemptAtMs(nowMs, attempts, retry) })
        .where("id", "=", row.id)
        .execute();
    }
  }
  return sent;
}
