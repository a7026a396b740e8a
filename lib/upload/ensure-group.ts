import { errorText } from "./error-text";
import { isDefiniteRejection } from "./is-definite-rejection";
import { backoffMs } from "./retry-after";
import type { UploadSessionContext } from "./upload-session-context";
import type { SessionEvent } from "./upload-session-machine";

// Group creation is retried with the backoff of a second attempt: a lost answer is looked for first.
const GROUP_RETRY_ATTEMPT = 2;

/**
 * The "creating_group" step: creates the group the upload goes into, retrying until it exists,
 * is refused, or the session is cancelled. A request sent before (this session or an earlier one)
 * whose answer was lost is looked for by its `upload_id` before another is created.
 */
export async function ensureGroup(session: UploadSessionContext): Promise<SessionEvent> {
  const { upload } = session;
  const { api, now } = session.settings;
  while (!upload.groupId) {
    if (session.cancelled()) return { type: "cancelled", message: session.message };
    session.emit();
    try {
      if (upload.groupRequestSentAtMs !== null) {
        await session.settle(upload.groupRequestSentAtMs);
        const found = await api.findGroupOfUpload(upload.id);
        if (found) {
          upload.groupId = found;
          await session.saveUpload();
          break;
        }
      }
      upload.groupRequestSentAtMs = now();
      await session.saveUpload();
      upload.groupId = await api.createGroup(upload.newGroupMetadata ?? {});
      await session.saveUpload();
    } catch (error) {
      if (isDefiniteRejection(error)) return { type: "group_refused", message: `The group could not be created: ${errorText(error)}` };
      session.message = `Creating the group: ${errorText(error)}; trying again`;
      session.emit();
      await session.sleep(backoffMs(GROUP_RETRY_ATTEMPT));
    }
  }
  return { type: "group_ready", unknownBatches: session.unknownBatches().length };
}
