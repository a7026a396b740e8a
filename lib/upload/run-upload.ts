import { abortableSleep } from "./abortable-sleep";
import { checkUnknownBatches } from "./check-unknown-batches";
import { ensureGroup } from "./ensure-group";
import { finishUploadSession } from "./finish-upload-session";
import type { UploadJournal } from "./journal-types";
import { SUBMIT_CONCURRENCY } from "./limits";
import { registerUploadSession } from "./register-upload-session";
import { submitBatches } from "./submit-batches";
import type { UploadApi } from "./upload-api";
import type { UploadProgress } from "./upload-progress";
import { UploadSessionContext } from "./upload-session-context";
import {
  initialSessionState,
  isSessionOver,
  nextSessionState,
  type SessionEvent,
  type SessionState,
  type SessionStepPhase,
} from "./upload-session-machine";

export interface RunUploadOptions {
  uploadId: string;
  journal: UploadJournal;
  api: UploadApi;
  onProgress?: (progress: UploadProgress) => void;
  /** Cancel: no new request starts; requests in flight finish and are journaled. */
  signal?: AbortSignal;
  concurrency?: number;
  /** How long after an unanswered request its runs are looked for (a request may still be landing). */
  settleMs?: number;
  /** Sends of one batch whose outcome stayed unknown before it is marked failed. */
  maxAttempts?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const AMBIGUOUS_SETTLE_MS = 5_000;
export const MAX_UNKNOWN_ATTEMPTS = 8;

/**
 * Submits an upload's batches exactly once, resuming from the journal. The session moves through
 * the states of upload-session-machine.ts; each state's step (below) does its I/O and reports an event.
 */
export async function runUpload(options: RunUploadOptions): Promise<UploadProgress> {
  const session = await UploadSessionContext.open(options.uploadId, {
    journal: options.journal,
    api: options.api,
    onProgress: options.onProgress,
    signal: options.signal,
    concurrency: options.concurrency ?? SUBMIT_CONCURRENCY,
    settleMs: options.settleMs ?? AMBIGUOUS_SETTLE_MS,
    maxAttempts: options.maxAttempts ?? MAX_UNKNOWN_ATTEMPTS,
    now: options.now ?? Date.now,
    sleep: options.sleep ?? abortableSleep,
  });
  let state: SessionState = initialSessionState(session.upload.state);
  while (!isSessionOver(state)) {
    session.phase = state.phase;
    const transition = nextSessionState(state, await step(session, state.phase));
    for (const effect of transition.effects) if (effect === "register") await registerUploadSession(session);
    state = transition.state;
  }
  return finishUploadSession(session, state.phase, state.message);
}

async function step(session: UploadSessionContext, phase: SessionStepPhase): Promise<SessionEvent> {
  switch (phase) {
    case "starting":
      session.emit();
      return { type: "opened", hasGroup: Boolean(session.upload.groupId), unknownBatches: session.unknownBatches().length };
    case "creating_group":
      return ensureGroup(session);
    case "checking":
      session.emit();
      return (await checkUnknownBatches(session, session.unknownBatches()))
        ? { type: "unknown_checked" }
        : { type: "cancelled", message: session.message };
    case "submitting":
      // A problem an earlier step retried past is over.
      session.message = null;
      session.emit();
      return submitBatches(session);
  }
}
