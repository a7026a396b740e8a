import "server-only";
import { endStreamWhen } from "../sse/end-stream-when";
import { shareLinkEnded } from "./share-link-ended";

// A revocation made by another instance is not announced here: streams ask the database this often.
const SHARE_RECHECK_INTERVAL_MS = 5_000;

/** The SSE event a share stream ends with, so the page can say the link ended instead of reconnecting. */
export const SHARE_ENDED_EVENT = "event: share_ended\ndata: {}\n\n";

/**
 * A live stream opened through share link `linkId` ends, with a `share_ended` event, as soon as the
 * link is revoked (announced in this process) or `isOpen` says it no longer opens (revoked elsewhere,
 * expired). Other answers pass through.
 */
export function endWithShareLink(
  response: Response,
  linkId: string,
  isOpen: () => Promise<boolean>,
  recheckIntervalMs = SHARE_RECHECK_INTERVAL_MS,
): Response {
  return endStreamWhen(response, {
    subscribe: (recheck) => shareLinkEnded.subscribe(linkId, recheck),
    recheckIntervalMs,
    shouldEnd: async () => !(await isOpen()),
    farewell: SHARE_ENDED_EVENT,
  });
}
