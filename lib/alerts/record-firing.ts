import "server-only";
import { randomUUID } from "node:crypto";
import { describeCondition } from "../contracts/alerts";
import type { ConsoleDatabase } from "../registry/database-schema";
import type { AlertRule } from "./alert-rules";
import type { Occurrence } from "./evaluate-condition";

/**
 * Records that `rule` fired for this occurrence and queues a delivery to each of its destinations,
 * in one transaction. The firing's unique (rule, group, occurrence) key makes the insert a no-op
 * when any instance, before or after a restart, already recorded it: only the inserter queues
 * deliveries, so each occurrence is delivered once. Returns the new firing's id, or null.
 */
export async function recordFiring(
  db: ConsoleDatabase,
  { rule, groupId, occurrence, nowMs }: { rule: AlertRule; groupId: string; occurrence: Occurrence; nowMs: number },
): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto("alert_firings")
      .values({
        id: randomUUID(),
        rule_id: rule.id,
        group_id: groupId,
        occurrence_key: occurrence.key,
        kind: rule.kind,
        title: describeCondition(rule.condition),
        message: occurrence.message,
        fired_at_ms: nowMs,
      })
      .onConflict((oc) => oc.columns(["rule_id", "group_id", "occurrence_key"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!inserted) return null;
    const destinations =
      rule.destinationIds.length === 0
        ? []
        : await trx.selectFrom("alert_destinations").select(["id", "name", "kind"]).where("id", "in", rule.destinationIds).execute();
    for (const destination of destinations) {
      // Browser notifications are read from the feed by the consoles that are open: nothing to send.
      const shown = destination.kind === "browser";
      await trx
        .insertInto("alert_deliveries")
        .values({
          id: randomUUID(),
          firing_id: inserted.id,
          destination_id: destination.id,
          destination_name: destination.name,
          destination_kind: destination.kind,
          state: shown ? "sent" : "pending",
          attempts: shown ? 1 : 0,
          next_attempt_at_ms: nowMs,
          last_error: null,
          sent_at_ms: shown ? nowMs : null,
          created_at_ms: nowMs,
        })
        .execute();
    }
    return inserted.id;
  });
}
