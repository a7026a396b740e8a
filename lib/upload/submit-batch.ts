import { applyBatchEvent, nextBatchStep, type BatchEvent } from "./batch-machine";
import { checkUnknownBatches } from "./check-unknown-batches";
import { errorText } from "./error-text";
import type { BatchRecord } from "./journal-types";
import type { AddRunsOutcome } from "./upload-api";
import type { UploadSessionContext } from "./upload-session-context";

/** Takes one batch of the "submitting" step as far as it goes this session: done, failed, or stopped by a cancel. */
export async function submitBatch(session: UploadSessionContext, batch: BatchRecord): Promise<void> {
  const { maxAttempts } = session.settings;
  let justChecked = false;
  for (;;) {
    switch (nextBatchStep(batch, { justChecked, maxAttempts })) {
      case "finished":
        return;
      case "check":
        if (!(await checkUnknownBatches(session, [batch]))) return;
        justChecked = true;
        break;
      case "give_up":
        await apply(session, batch, { type: "gave_up", lastMessage: session.message });
        return;
      case "send":
        justChecked = false;
        await waitWhileHeld(session);
        if (session.cancelled()) return;
        await send(session, batch);
        break;
    }
  }
}

/** Every request waits out a 429's Retry-After, whichever batch it was answered to. */
async function waitWhileHeld(session: UploadSessionContext): Promise<void> {
  const { now } = session.settings;
  while (session.holdUntilMs > now() && !session.cancelled()) {
    session.emit();
    await session.sleep(session.holdUntilMs - now());
  }
}

/** One add-runs request for the batch's remaining rows, journaled before it goes and after its answer. */
async function send(session: UploadSessionContext, batch: BatchRecord): Promise<void> {
  const { api, journal, now } = session.settings;
  const { upload } = session;
  let inputs;
  try {
    const payload = await journal.getPayload(upload.id, batch.index);
    const wanted = new Set(batch.remaining);
    inputs = payload.filter((_, i) => wanted.has(batch.rows[i]));
  } catch (error) {
    await apply(session, batch, { type: "payload_unreadable", error: errorText(error) });
    return;
  }
  const sentRows = [...batch.remaining];
  await apply(session, batch, { type: "sending", atMs: now(), afterCursor: session.lastAnsweredCursor });

  session.inFlight++;
  session.emit();
  let outcome: AddRunsOutcome;
  try {
    outcome = await api.addRuns(session.groupId, {
      inputs,
      ...(upload.defaultTaskSpec ? { default_task_spec: upload.defaultTaskSpec } : {}),
    });
  } catch (error) {
    outcome = { kind: "unknown", retryAfterMs: null, message: errorText(error) };
  } finally {
    session.inFlight--;
  }
  await apply(session, batch, { type: "answered", outcome, sentRows, atMs: now() });
}

/** Applies the batch machine's transition: the batch changes in place, the session takes its effects. */
async function apply(session: UploadSessionContext, batch: BatchRecord, event: BatchEvent): Promise<void> {
  const next = applyBatchEvent(batch, event);
  if (next.accepted) session.countAccepted(next.accepted.rows, next.accepted.sentAtMs);
  if (next.runCursor !== undefined) session.lastAnsweredCursor = next.runCursor;
  if (next.holdUntilMs !== undefined) session.holdUntilMs = Math.max(session.holdUntilMs, next.holdUntilMs);
  if (next.message !== undefined) session.message = next.message;
  Object.assign(batch, next.batch);
  if (next.save) await session.saveBatch(batch);
  else session.emit();
  if (next.retryInMs !== undefined) await session.sleep(next.retryInMs);
}
