import "server-only";
import { randomUUID } from "node:crypto";
import type { Selectable } from "kysely";
import { AppError } from "../http/app-error";
import type { AlertCondition, AlertRuleKind, AlertRuleView, CreateAlertRuleBody, UpdateAlertRuleBody } from "../contracts/alerts";
import type { ConsoleDatabase } from "../registry/database-schema";
import type { AlertRulesTable } from "./alerts-schema";

export interface AlertRule {
  id: string;
  groupId: string | null;
  kind: AlertRuleKind;
  condition: AlertCondition;
  destinationIds: string[];
  createdAtMs: number;
  createdBy: string | null;
}

function toRule(row: Selectable<AlertRulesTable>): AlertRule {
  return {
    id: row.id,
    groupId: row.group_id,
    kind: row.kind,
    condition: JSON.parse(row.condition) as AlertCondition,
    destinationIds: JSON.parse(row.destination_ids) as string[],
    createdAtMs: Number(row.created_at_ms),
    createdBy: row.created_by_email,
  };
}

export function ruleView(rule: AlertRule): AlertRuleView {
  return {
    id: rule.id,
    groupId: rule.groupId,
    condition: rule.condition,
    destinationIds: rule.destinationIds,
    createdAt: new Date(rule.createdAtMs).toISOString(),
    createdBy: rule.createdBy,
  };
}

/** Every rule, or a group's own rules and the team-wide defaults when `groupId` is given. */
export async function listAlertRules(db: ConsoleDatabase, groupId?: string): Promise<AlertRule[]> {
  let query = db.selectFrom("alert_rules").selectAll().orderBy("created_at_ms").orderBy("id");
  if (groupId !== undefined) query = query.where((eb) => eb.or([eb("group_id", "=", groupId), eb("group_id", "is", null)]));
  return (await query.execute()).map(toRule);
}

export async function getAlertRule(db: ConsoleDatabase, id: string): Promise<AlertRule> {
  const row = await db.selectFrom("alert_rules").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new AppError("not_found", `No alert rule with id '${id}'.`);
  return toRule(row);
}

async function requireDestinations(db: ConsoleDatabase, ids: string[]): Promise<void> {
  const found = new Set((await db.selectFrom("alert_destinations").select("id").where("id", "in", ids).execute()).map((r) => r.id));
  const index = ids.findIndex((id) => !found.has(id));
  if (index >= 0) throw new AppError("validation_failed", `body.destinationIds.${index}: no alert destination with id '${ids[index]}'.`);
}

async function requireGroupKnown(db: ConsoleDatabase, groupId: string): Promise<void> {
  const row = await db.selectFrom("groups").select("id").where("id", "=", groupId).executeTakeFirst();
  if (!row) throw new AppError("validation_failed", `body.groupId: group '${groupId}' is not in this console's list.`);
}

export async function createAlertRule(
  db: ConsoleDatabase,
  body: CreateAlertRuleBody,
  by: { email: string },
  nowMs: number,
): Promise<AlertRule> {
  if (body.groupId !== null) await requireGroupKnown(db, body.groupId);
  const destinationIds = [...new Set(body.destinationIds)];
  await requireDestinations(db, destinationIds);
  const id = randomUUID();
  await db
    .insertInto("alert_rules")
    .values({
      id,
      group_id: body.groupId,
      kind: body.condition.kind,
      condition: JSON.stringify(body.condition),
      destination_ids: JSON.stringify(destinationIds),
      created_at_ms: nowMs,
      updated_at_ms: nowMs,
      created_by_email: by.email,
    })
    .execute();
  return getAlertRule(db, id);
}

/** Changes a rule's thresholds and destinations; its group and kind stay (a new kind is a new rule). Returns the rule before and after. */
export async function updateAlertRule(
  db: ConsoleDatabase,
  id: string,
  body: UpdateAlertRuleBody,
  nowMs: number,
): Promise<{ before: AlertRule; after: AlertRule }> {
  const before = await getAlertRule(db, id);
  if (body.condition.kind !== before.kind) {
    throw new AppError(
      "validation_failed",
      `body.condition.kind: this rule watches '${before.kind}'; create a new rule for '${body.condition.kind}'.`,
    );
  }
  const destinationIds = [...new Set(body.destinationIds)];
  await requireDestinations(db, destinationIds);
  await db
    .updateTable("alert_rules")
    .set({ condition: JSON.stringify(body.condition), destination_ids: JSON.stringify(destinationIds), updated_at_ms: nowMs })
    .where("id", "=", id)
    .execute();
  return { before, after: await getAlertRule(db, id) };
}

/** Deletes a rule; what it fired stays in the history. */
export async function deleteAlertRule(db: ConsoleDatabase, id: string): Promise<AlertRule> {
  const rule = await getAlertRule(db, id);
  await db.deleteFrom("alert_rules").where("id", "=", id).execute();
  return rule;
}
