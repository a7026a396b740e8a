import type { UploadSessionContext } from "./upload-session-context";
import { submitBatch } from "./submit-batch";
import type { SessionEvent } from "./upload-session-machine";

/** The "submitting" step: every batch not yet in, `concurrency` requests at a time; a cancel stops new ones starting. */
export async function submitBatches(session: UploadSessionContext): Promise<SessionEvent> {
  const queue = session.batches.filter((b) => b.state === "pending" || b.state === "sending");
  const worker = async () => {
    for (let batch = queue.shift(); batch && !session.cancelled(); batch = queue.shift()) await submitBatch(session, batch);
  };
  await Promise.all(Array.from({ length: session.settings.concurrency }, worker));
  return { type: "batches_settled", batches: session.batches };
}
