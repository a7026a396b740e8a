import "server-only";
import type { ConsoleDatabase } from "../registry/database-schema";
import { groupSpend } from "../spend/group-spend";
import { listAlertRules } from "./alert-rules";
import { deliverDueAlerts, type RetryPolicy } from "./deliver-due-alerts";
import { evaluateCondition } from "./evaluate-condition";
import { recordFiring } from "./record-firing";
import { rulesForGroup } from "./rules-for-group";
import type { SendAlert } from "./send-alert";
import { groupsToWatch, watchGroup } from "./watch-group";

export interface AlertTickDeps {
  db: ConsoleDatabase;
  nowMs: () => number;
  /** Brings the registry's status of an active group up to the upstream's. */
  refreshGroup: (groupId: string) => Promise<void>;
  send: SendAlert;
  retry: RetryPolicy;
  /**
   * Whether this instance should do the work this tick (a cluster leader lease). Only spares the
   * duplicate work: firing once is the database's unique key, whoever evaluates.
   */
  mayRun?: () => Promise<boolean>;
  onError?: (what: string, error: unknown) => void;
}

export interface AlertTickResult {
  fired: number;
  sent: number;
}

/** One pass of the watcher: refresh watched groups, evaluate every rule on them, record new firings, send what is due. */
export async function alertTick(deps: AlertTickDeps): Promise<AlertTickResult> {
  const { db, onError = () => {} } = deps;
  if (deps.mayRun && !(await deps.mayRun())) return { fired: 0, sent: 0 };
  let fired = 0;
  const rules = await listAlertRules(db);
  if (rules.length > 0) {
    for (const groupId of await groupsToWatch(db)) {
      try {
        fired += await evaluateGroup(deps, rules, groupId);
      } catch (error) {
        onError(`evaluating alert rules for group ${groupId}`, error);
      }
    }
  }
  const sent = await deliverDueAlerts(db, { send: deps.send, nowMs: deps.nowMs(), retry: deps.retry });
  return { fired, sent };
}

async function evaluateGroup(deps: AlertTickDeps, rules: Awaited<ReturnType<typeof listAlertRules>>, groupId: string): Promise<number> {
  const { db } = deps;
  const applicable = rulesForGroup(rules, groupId);
  if (applicable.length === 0) return 0;
  const registered = await db.selectFrom("groups").select("is_active").where("id", "=", groupId).executeTakeFirst();
  if (registered?.is_active === 1) {
    try {
      await deps.refreshGroup(groupId);
    } catch (error) {
      // The upstream is down: evaluate what the registry last knew; the next tick tries again.
      deps.onError?.(`refreshing group ${groupId}`, error);
    }
  }
  const nowMs = deps.nowMs();
  const seen = await watchGroup(db, groupId, nowMs);
  if (!seen) return 0;
  const spendUsd = applicable.some((rule) => rule.kind === "spend") ? (await groupSpend(db, groupId)).usd : 0;
  let fired = 0;
  for (const rule of applicable) {
    const occurrence = evaluateCondition(rule.condition, { ...seen, spendUsd }, nowMs);
    if (occurrence && (await recordFiring(db, { rule, groupId, occurrence, nowMs }))) fired += 1;
  }
  return fired;
}
