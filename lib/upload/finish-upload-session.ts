import type { UploadProgress } from "./upload-progress";
import type { UploadSessionContext } from "./upload-session-context";
import type { SessionEndPhase } from "./upload-session-machine";

/**
 * Ends the session: the journal keeps the upload's state (a done upload drops its inputs), the
 * registry gets it after every outcome still queued, and the last progress is shown and returned.
 */
export async function finishUploadSession(
  session: UploadSessionContext,
  phase: SessionEndPhase,
  message: string | null,
): Promise<UploadProgress> {
  const { upload } = session;
  session.phase = phase;
  session.message = message;
  upload.state = phase;
  await session.saveUpload();
  if (phase === "done") await session.settings.journal.deletePayloads(upload.id);
  session.registry.push(() => session.settings.api.recordUploadState(upload.id, upload.state));
  await session.registry.drained();
  session.emit();
  return session.progress();
}
