import type { ReviewDecisionKind, ReviewDecisionRecord } from "../contracts/group-review";

/** A stored decision row as the API answers it. */
export function toDecisionRecord(row: {
  decision: string;
  reviewed_value: string | null;
  note: string | null;
  reviewer: string;
  decided_at_ms: number;
}): ReviewDecisionRecord {
  return {
    decision: row.decision as ReviewDecisionKind,
    reviewedValue: row.reviewed_value === null ? null : (JSON.parse(row.reviewed_value) as unknown),
    note: row.note,
    reviewer: row.reviewer,
    decidedAt: new Date(Number(row.decided_at_ms)).toISOString(),
  };
}
