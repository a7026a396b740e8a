import type { BatchRecord, UploadState } from "./journal-types";

/**
 * The states of one upload session (a run of `runUpload`, from opening the journal until it
 * stops) and the rules that move it on. Pure: each step's I/O is done elsewhere and reported here
 * as an event; what happens next is decided here alone.
 *
 *   starting ─┬─ group known ──────────────────┬─► checking ─► submitting ─► done | failed | cancelled
 *             └─► creating_group ─ group ready ┘     └─► cancelled
 *                   └─► failed (refused) | cancelled
 *
 * "checking" is skipped when no batch was left unanswered by an earlier session.
 */

/** The phases that do something (a step); the others end the session. */
export type SessionStepPhase = "starting" | "creating_group" | "checking" | "submitting";
export type SessionEndPhase = "done" | "failed" | "cancelled";

export type SessionState =
  | { phase: "starting" }
  /** The upload makes its own group; a lost create-group answer is looked for before creating another. */
  | { phase: "creating_group" }
  /** Batches an earlier session sent without hearing back: the runs stream says which rows exist. */
  | { phase: "checking" }
  /** Every batch not yet in is sent, a few at a time. */
  | { phase: "submitting" }
  | { phase: SessionEndPhase; message: string | null };

export type SessionEvent =
  | { type: "opened"; hasGroup: boolean; unknownBatches: number }
  | { type: "group_ready"; unknownBatches: number }
  | { type: "group_refused"; message: string }
  | { type: "unknown_checked" }
  | { type: "batches_settled"; batches: ReadonlyArray<Pick<BatchRecord, "state" | "remaining">> }
  /** Cancel was seen between requests; `message` is the last one shown, kept as the reason. */
  | { type: "cancelled"; message: string | null };

/** `register`: mark the upload ready and send the registry its record (the group is known from here on). */
export type SessionEffect = "register";

export interface SessionTransition {
  state: SessionState;
  effects: SessionEffect[];
}

export const CANCELLED_MESSAGE = "Cancelled: the rows not yet sent are kept; resume to send them.";

/** Where a session begins: an upload already done only confirms it (its inputs are dropped again). */
export function initialSessionState(uploadState: UploadState): SessionState {
  return uploadState === "done" ? { phase: "done", message: null } : { phase: "starting" };
}

export type SessionEnd = Extract<SessionState, { phase: SessionEndPhase }>;

export function isSessionOver(state: SessionState): state is SessionEnd {
  return state.phase === "done" || state.phase === "failed" || state.phase === "cancelled";
}

export function nextSessionState(state: SessionState, event: SessionEvent): SessionTransition {
  switch (state.phase) {
    case "starting":
      if (event.type === "opened")
        return event.hasGroup ? groupReady(event.unknownBatches) : { state: { phase: "creating_group" }, effects: [] };
      break;
    case "creating_group":
      if (event.type === "group_ready") return groupReady(event.unknownBatches);
      if (event.type === "group_refused") return end("failed", event.message);
      if (event.type === "cancelled") return end("cancelled", event.message);
      break;
    case "checking":
      if (event.type === "unknown_checked") return { state: { phase: "submitting" }, effects: [] };
      if (event.type === "cancelled") return end("cancelled", event.message);
      break;
    case "submitting":
      if (event.type === "batches_settled") return settled(event.batches);
      break;
  }
  throw new Error(`Upload session: no transition from "${state.phase}" on "${event.type}"`);
}

function groupReady(unknownBatches: number): SessionTransition {
  return { state: { phase: unknownBatches > 0 ? "checking" : "submitting" }, effects: ["register"] };
}

function end(phase: SessionEndPhase, message: string | null): SessionTransition {
  return { state: { phase, message }, effects: [] };
}

/** Rows still to send mean the workers stopped for a cancel; otherwise the failed rows decide. */
function settled(batches: ReadonlyArray<Pick<BatchRecord, "state" | "remaining">>): SessionTransition {
  if (batches.some((b) => b.state === "pending" || b.state === "sending")) return end("cancelled", CANCELLED_MESSAGE);
  const failedRows = batches.filter((b) => b.state === "failed").reduce((n, b) => n + b.remaining.length, 0);
  if (batches.some((b) => b.state === "failed")) {
    return end("failed", `${failedRows.toLocaleString("en-US")} ${failedRows === 1 ? "row was" : "rows were"} not accepted.`);
  }
  return end("done", null);
}
