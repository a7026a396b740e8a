import "server-only";
import { sql } from "kysely";
import { z } from "zod";
import { ANONYMOUS_REVIEWER, type ReviewItem, type ReviewPage } from "../contracts/group-review";
import type { FieldBasis, TaskRunInput, TaskRunOutput } from "../parallel/types";
import type { ConsoleDatabase } from "../registry/database-schema";
import { dialectOf, jsonArrayElements } from "../registry/dialect-sql";
import type { UpstreamTarget } from "../parallel/upstream-target";
import { requireGroup } from "../registry/get-group";
import { getIngestState } from "../run-cache/ingest-state";
import { ensureIngestion } from "../run-cache/ingestion-jobs";
import { decodeCursor, encodeCursor } from "../registry/opaque-cursor";
import { outputFieldsOf } from "../compare/output-fields";
import { toDecisionRecord } from "./decision-record";

export interface ReviewQueueParams {
  db: ConsoleDatabase;
  target: UpstreamTarget;
  groupId: string;
  levels: readonly string[];
  cursor?: string;
  limit: number;
}

const cursorSchema = z.tuple([z.number().int().min(-1), z.number().int().min(-1)]);

interface QueueRow {
  run_id: string;
  position: number;
  basis_index: number;
  basis: string;
  input: string | null;
  output: string;
  decision: string | null;
  reviewed_value: string | null;
  note: string | null;
  reviewer: string | null;
  decided_at_ms: number | null;
}

// One queue entry per top-level output field whose basis confidence is one of the levels, in the
// group's run order then basis order: the keyset is (run position, basis index).
function queueOf(db: ConsoleDatabase, groupId: string, levels: readonly string[]) {
  const basis = jsonArrayElements(dialectOf(db), sql.ref("r.output"), "basis", "b");
  const field = basis.elementField("field");
  return {
    basis,
    from: sql`from runs r ${basis.join}
    left join review_decisions d on d.group_id = r.group_id and d.run_id = r.run_id and d.field = ${field}
    where r.group_id = ${groupId} and r.output is not null
      and lower(${basis.elementField("confidence")}) in (${sql.join(levels.map((level) => sql`${level}`))})
      and ${field} not like '%.%'`,
  };
}

/** A page of the group's review queue with each field's value, reasoning, citations, input and decision. */
export async function readReviewQueue({ db, target, groupId, levels, cursor, limit }: ReviewQueueParams): Promise<ReviewPage> {
  await requireGroup({ db, groupId });
  // The queue is read from the run cache: a group not cached in full yet is read on meanwhile.
  const final = (await getIngestState({ db, groupId }))?.final ?? false;
  if (!final) void ensureIngestion({ db, target, groupId });
  const [afterPosition, afterIndex] = cursor ? decodeCursor(cursor, cursorSchema) : [-1, -1];
  const { basis, from } = queueOf(db, groupId, levels);
  const { rows } = await sql<QueueRow>`select r.run_id, r.position, ${basis.elementIndex} as basis_index, ${basis.elementText} as basis,
      r.input, r.output, d.decision, d.reviewed_value, d.note, d.reviewer, d.decided_at_ms
    ${from}
      and (r.position > ${afterPosition} or (r.position = ${afterPosition} and ${basis.elementIndex} > ${afterIndex}))
    order by r.position, ${basis.elementIndex} limit ${limit + 1}`.execute(db);
  const { rows: counts } = await sql<{ total: number; decided: number }>`select count(*) as total, count(d.decision) as decided
    ${from}`.execute(db);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toReviewItem),
    nextCursor: rows.length > limit && last ? encodeCursor([Number(last.position), Number(last.basis_index)]) : null,
    progress: { total: Number(counts[0]?.total ?? 0), decided: Number(counts[0]?.decided ?? 0) },
    final,
  };
}

function toReviewItem(row: QueueRow): ReviewItem {
  const basis = JSON.parse(row.basis) as FieldBasis;
  const output = JSON.parse(row.output) as TaskRunOutput;
  const input = row.input === null ? null : (JSON.parse(row.input) as TaskRunInput).input;
  return {
    runId: row.run_id,
    field: basis.field,
    confidence: String(basis.confidence ?? "").toLowerCase(),
    value: outputFieldsOf(output).values[basis.field] ?? null,
    reasoning: basis.reasoning ?? "",
    citations: basis.citations ?? [],
    input,
    decision:
      row.decision === null
        ? null
        : toDecisionRecord({
            decision: row.decision,
            reviewed_value: row.reviewed_value,
            note: row.note,
            reviewer: row.reviewer ?? ANONYMOUS_REVIEWER,
            decided_at_ms: Number(row.decided_at_ms),
          }),
  };
}
