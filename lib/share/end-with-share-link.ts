import "server-only";
import { onShareLinkEnded } from "./share-link-ended";

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
  const body = response.body;
  if (!body || !response.headers.get("content-type")?.startsWith("text/event-stream")) return response;
  const reader = body.getReader();
  let stop: (() => void) | undefined;
  let ended = false;
  const finish = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    if (ended) return;
    ended = true;
    stop?.();
    void reader.cancel().catch(() => undefined);
    controller.enqueue(new TextEncoder().encode(SHARE_ENDED_EVENT));
    controller.close();
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const recheck = () => {
        void isOpen().then(
          (open) => {
            if (!open) finish(controller);
          },
          () => undefined,
        );
      };
      const unsubscribe = onShareLinkEnded(linkId, recheck);
      const interval = setInterval(recheck, recheckIntervalMs);
      interval.unref?.();
      stop = () => {
        unsubscribe();
        clearInterval(interval);
      };
    },
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (ended) return;
        if (done) {
          ended = true;
          stop?.();
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        if (ended) return;
        ended = true;
        stop?.();
        controller.error(error);
      }
    },
    cancel(reason) {
      ended = true;
      stop?.();
      return reader.cancel(reason);
    },
  });
  return new Response(stream, { status: response.status, statusText: response.statusText, headers: response.headers });
}
