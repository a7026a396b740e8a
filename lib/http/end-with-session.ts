import type { Authenticator } from "../auth/authenticator";
import type { Member } from "../auth/member";
import { roleAllows, type Role } from "../auth/roles";
import { sessionChanges } from "../auth/session-changes";
import { endStreamWhen } from "../sse/end-stream-when";
import { AppError } from "./app-error";

// Another instance may end a session without this one hearing of it: live streams recheck this often too.
const RECHECK_INTERVAL_MS = 60_000;

/**
 * A live stream (SSE) held by a member ends as soon as their session or API token does (sign-out,
 * revocation, removal) or their role stops allowing it; other answers pass through. The browser's
 * reconnect then meets the 401 and leads to sign-in.
 */
export function endWithSession(response: Response, request: Request, member: Member, needed: Role, authenticator: Authenticator): Response {
  return endStreamWhen(response, {
    subscribe: (recheck) => sessionChanges.subscribe(member.id, recheck),
    recheckIntervalMs: RECHECK_INTERVAL_MS,
    shouldEnd: () =>
      authenticator.memberOf(request).then(
        (current) => !current || current.sessionId !== member.sessionId || !roleAllows(current.role, needed),
        // A refused credential (a revoked or expired API token) ends the stream; a database hiccup does not.
        (error: unknown) => {
          if (error instanceof AppError && error.code === "unauthenticated") return true;
          throw error;
        },
      ),
  });
}
