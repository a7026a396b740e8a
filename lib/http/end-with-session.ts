import type { Authenticator } from "../auth/authenticator";
import type { Member } from "../auth/member";
import { roleAllows, type Role } from "../auth/roles";
import { onSessionChange } from "../auth/session-changes";
import { AppError } from "./app-error";

// Another instance may end a session without this one hearing of it: live streams recheck this often too.
const RECHECK_INTERVAL_MS = 60_000;

/**
 * A live stream (SSE) held by a member ends as soon as their session or API token does (sign-out,
 * revocation, removal) or their role stops allowing it; other answers pass through. The browser's reconnect then
 * meets the 401 and leads to sign-in.
 */
export function endWithSession(response: Response, request: Request, member: Member, needed: Role, authenticator: Authenticator): Response {
  const body = response.body;
  if (!body || !response.headers.get("content-type")?.startsWith("text/event-stream")) return response;
  const reader = body.getReader();
  let stop: (() => void) | undefined;
  let ended = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const end = () => {
        if (ended) return;
        ended = true;
        stop?.();
        void reader.cancel().catch(() => undefined);
        controller.close();
      };
      const recheck = () => {
        void authenticator.memberOf(request).then(
          (current) => {
            if (!current || current.sessionId !== member.sessionId || !roleAllows(current.role, needed)) end();
          },
          // A refused credential (a revoked or expired API token) ends the stream; a database hiccup does not.
          (error: unknown) => {
            if (error instanceof AppError && error.code === "unauthenticated") end();
          },
        );
      };
      const unsubscribe = onSessionChange(member.id, recheck);
      const interval = setInterval(recheck, RECHECK_INTERVAL_MS);
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
