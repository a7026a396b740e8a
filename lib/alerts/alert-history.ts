import "server-only";
import { ALERT_HISTORY_LIMIT, type AlertFeedView, type AlertFiringView } from "../contracts/alerts";
import type { ConsoleDatabase } from "../registry/database-schema";

const FEED_LIMIT = 20;
const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

/** What the rules fired, newest first, with each delivery's outcome; one group's when `groupId` is given. */
export async function alertHistory(db: ConsoleDatabase, groupId?: string): Promise<AlertFiringView[]> {
  let query = db
    .selectFrom("alert_firings as f")
    .leftJoin("groups as g", "g.id", "f.group_id")
    .select(["f.id", "f.rule_id", "f.group_id", "g.name as group_name", "f.kind", "f.message", "f.fired_at_ms"])
    .orderBy("f.fired_at_ms", "desc")
    .orderBy("f.id")
    .limit(ALERT_HISTORY_LIMIT);
  if (groupId !== undefined) query = query.where("f.group_id", "=", groupId);
  const firings = await query.execute();
  if (firings.length === 0) return [];
  const deliveries = await db
    .selectFrom("alert_deliveries")
    .selectAll()
    .where(
      "firing_id",
      "in",
      firings.map((f) => f.id),
    )
    .orderBy("created_at_ms")
    .orderBy("destination_name")
    .execute();
  return firings.map((f) => ({
    id: f.id,
    ruleId: f.rule_id,
    groupId: f.group_id,
    groupName: f.group_name,
    kind: f.kind,
    message: f.message,
    firedAt: new Date(Number(f.fired_at_ms)).toISOString(),
    deliveries: deliveries
      .filter((d) => d.firing_id === f.id)
      .map((d) => ({
        destinationName: d.destination_name,
        destinationKind: d.destination_kind,
        state: d.state,
        attempts: Number(d.attempts),
        lastError: d.last_error,
        sentAt: iso(d.sent_at_ms),
        nextAttemptAt: d.state === "pending" ? iso(d.next_attempt_at_ms) : null,
      })),
  }));
}

/** Firings with a browser destination after `afterMs`, oldest first: what open consoles turn into notifications. */
export async function alertFeed(db: ConsoleDatabase, afterMs: number, nowMs: number): Promise<AlertFeedView> {
  const rows = await db
    .selectFrom("alert_firings as f")
    .innerJoin("alert_deliveries as d", "d.firing_id", "f.id")
    .select(["f.id", "f.group_id", "f.title", "f.message", "f.fired_at_ms"])
    .distinct()
    .where("d.destination_kind", "=", "browser")
    .where("f.fired_at_ms", ">", afterMs)
    .orderBy("f.fired_at_ms")
    .limit(FEED_LIMIT)
    .execute();
  const firings = rows.map((r) => ({
    id: r.id,
    groupId: r.group_id,
    message: `${r.title}: ${r.message}`,
    firedAtMs: Number(r.fired_at_ms),
  }));
  // A console opened now starts from now (no flood of old alerts); a full page continues after its last one.
  const cursor = afterMs === 0 ? nowMs : (firings.at(-1)?.firedAtMs ?? afterMs);
  return { firings: afterMs === 0 ? [] : firings, cursor };
}
