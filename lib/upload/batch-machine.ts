import type { BatchRecord } from "./journal-types";
import { nameRejectedRows } from "./name-rejected-rows";
import { backoffMs } from "./retry-after";
import type { AddRunsOutcome } from "./upload-api";

/**
 * The rules of one batch within a session. Pure: the session performs each step and reports what
 * happened; these functions say what the batch becomes and what the session does about it.
 *
 * The rule that keeps every row exactly once: a batch's rows are sent again only when the last
 * answer proved nothing was created (429, 4xx) or after the group's runs stream showed which of
 * them exist. "sending" is journaled before every POST, so after a reload or a crash an unanswered
 * batch is found in that state and checked the same way.
 */

/** What the session does next with a batch. */
export type BatchStep =
  /** Done or failed: nothing more this session. */
  | "finished"
  /** The last send's outcome is unknown: read the runs stream before anything is sent again. */
  | "check"
  /** Unanswered too many times: mark it failed. */
  | "give_up"
  /** Send the remaining rows (once no 429 asks to wait). */
  | "send";

/** `justChecked`: the step before was a check that left rows missing. */
export function nextBatchStep(
  batch: Pick<BatchRecord, "state" | "attempts">,
  { justChecked, maxAttempts }: { justChecked: boolean; maxAttempts: number },
): BatchStep {
  switch (batch.state) {
    case "done":
    case "failed":
      return "finished";
    case "sending":
      return "check";
    case "pending":
      // Only unanswered sends count: a 429 created nothing and is simply waited out.
      return justChecked && batch.attempts >= maxAttempts ? "give_up" : "send";
  }
}

export type BatchEvent =
  /** Journaled before the POST. `afterCursor`: the newest run cursor answered so far. */
  | { type: "sending"; atMs: number; afterCursor: string | null }
  | { type: "answered"; outcome: AddRunsOutcome; sentRows: readonly number[]; atMs: number }
  /** The runs stream was read: `present` are the upload's rows that exist upstream. */
  | { type: "rows_found"; present: ReadonlySet<number> }
  | { type: "gave_up"; lastMessage: string | null }
  | { type: "payload_unreadable"; error: string };

export interface BatchTransition {
  batch: BatchRecord;
  /** The batch changed: the journal and the registry get it. */
  save: boolean;
  /** The message the progress shows from now on; undefined leaves it. */
  message?: string | null;
  /** No request starts before then (a 429 asked to wait). */
  holdUntilMs?: number;
  /** Wait this long before checking and trying again. */
  retryInMs?: number;
  /** The upstream accepted these rows (sent at `sentAtMs`): they count towards this session's rate. */
  accepted?: { rows: number; sentAtMs: number | null };
  /** The newest run cursor answered: later sends' runs come after it in the runs stream. */
  runCursor?: string;
}

export function applyBatchEvent(
  batch: Readonly<BatchRecord>,
  event: BatchEvent,
  backoff: (attempt: number) => number = backoffMs,
): BatchTransition {
  switch (event.type) {
    case "sending":
      return {
        batch: {
          ...batch,
          state: "sending",
          attempts: batch.attempts + 1,
          sentAtMs: event.atMs,
          afterCursor: event.afterCursor,
          error: null,
        },
        save: true,
      };
    case "rows_found": {
      const remaining = batch.remaining.filter((row) => !event.present.has(row));
      return { batch: { ...batch, remaining, state: remaining.length === 0 ? "done" : "pending" }, save: true };
    }
    case "gave_up":
      return {
        batch: { ...batch, state: "failed", error: `No answer after ${batch.attempts} attempts (${event.lastMessage ?? "unknown error"})` },
        save: true,
      };
    case "payload_unreadable":
      return { batch: { ...batch, state: "failed", error: event.error }, save: true };
    case "answered":
      return answered(batch, event.outcome, event.sentRows, event.atMs, backoff);
  }
}

function answered(
  batch: Readonly<BatchRecord>,
  outcome: AddRunsOutcome,
  sentRows: readonly number[],
  atMs: number,
  backoff: (attempt: number) => number,
): BatchTransition {
  switch (outcome.kind) {
    case "ok":
      return {
        batch: { ...batch, remaining: [], state: "done" },
        save: true,
        message: null,
        accepted: { rows: batch.remaining.length, sentAtMs: batch.sentAtMs },
        ...(outcome.runCursor !== null ? { runCursor: outcome.runCursor } : {}),
      };
    case "rate_limited":
      // Nothing was created: the same rows go again once the API allows.
      return {
        batch: { ...batch, state: "pending" },
        save: true,
        message: outcome.message,
        holdUntilMs: atMs + (outcome.retryAfterMs ?? backoff(batch.attempts)),
      };
    case "rejected":
      return { batch: { ...batch, state: "failed", error: nameRejectedRows(outcome.message, sentRows) }, save: true };
    case "unknown":
      // Stays "sending": the next step reads the runs stream before sending anything again.
      return {
        batch: { ...batch },
        save: false,
        message: `${outcome.message}; checking and trying again`,
        retryInMs: outcome.retryAfterMs ?? backoff(batch.attempts),
      };
  }
}
