import "server-only";
import { type ReviewDecisionKind, type ReviewDecisionRecord } from "../contracts/group-review";
import { outputFieldsOf } from "../compare/output-fields";
import { AppError } from "../http/app-error";
import type { TaskRunOutput } from "../parallel/types";
import type { ConsoleDatabase } from "../registry/database-schema";
import { requireGroup } from "../registry/get-group";
import { toDecisionRecord } from "./decision-record";

export interface RecordDecisionParams {
  db: ConsoleDatabase;
  groupId: string;
  runId: string;
  field: string;
  decision: ReviewDecisionKind;
  value?: unknown;
  note?: string;
  /** Who decided: the signed-in member's email. */
  reviewer: string;
  nowMs?: number;
}

/**
 * Stores (or replaces) a reviewer's decision on one output field of one run. The cached output is
 * never changed: the decision carries the value exports show beside it.
 */
export async function recordDecision({
  db,
  groupId,
  runId,
  field,
  decision,
  value,
  note,
  reviewer,
  nowMs = Date.now(),
}: RecordDecisionParams): Promise<ReviewDecisionRecord> {
  await requireGroup({ db, groupId });
  const run = await db.selectFrom("runs").select("output").where("group_id", "=", groupId).where("run_id", "=", runId).executeTakeFirst();
  if (!run) throw new AppError("not_found", `Run ${runId} is not a cached run of group ${groupId}`);
  const values = outputFieldsOf(run.output === null ? null : (JSON.parse(run.output) as TaskRunOutput)).values;
  if (!(field in values)) {
    throw new AppError("validation_failed", `Invalid body field 'field': run ${runId} has no output field '${field}'`, {
      errors: [{ loc: ["body", "field"], msg: `run ${runId} has no output field '${field}'` }],
    });
  }
  const reviewedValue = decision === "accepted" ? values[field] : decision === "edited" ? value : null;
  const row = {
    group_id: groupId,
    run_id: runId,
    field,
    decision,
    reviewed_value: reviewedValue === null || reviewedValue === undefined ? null : JSON.stringify(reviewedValue),
    note: note?.trim() || null,
    reviewer,
    decided_at_ms: nowMs,
  };
  await db
    .insertInto("review_decisions")
    .values(row)
    .onConflict((oc) =>
      oc.columns(["group_id", "run_id", "field"]).doUpdateSet({
        decision: row.decision,
        reviewed_value: row.reviewed_value,
        note: row.note,
        reviewer: row.reviewer,
        decided_at_ms: row.decided_at_ms,
      }),
    )
    .execute();
  return toDecisionRecord(row);
}
