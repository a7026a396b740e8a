import { AppError } from "../http/app-error";
import type { GatewayDeps } from "./proxy-call";

/**
 * A browser's live view of a group through the events hub: the latest status at once, then live
 * events; a reconnecting EventSource resumes after its Last-Event-ID when the hub still has it, and
 * otherwise starts again from the latest status (the page's queries hold everything older).
 * An upstream that cannot be reached is the upstream client's 502.
 */
export async function watchGroupLive(deps: GatewayDeps, groupId: string, lastEventId: string | null): Promise<Response> {
  const response =
    (lastEventId ? await deps.hub.watch({ groupId, mode: "live", lastEventId, timeoutMs: null }) : null) ??
    (await deps.hub.watch({ groupId, mode: "live", lastEventId: null, timeoutMs: null }));
  if (!response) throw new AppError("internal", "The events hub could not serve this group");
  return response;
}
