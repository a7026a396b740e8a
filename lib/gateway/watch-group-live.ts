import { AppError } from "../http/app-error";
import type { GatewayDeps } from "./proxy-call";

/**
 * A browser's live view of a group through the events hub: the latest status at once, then live
 * events; a reconnecting EventSource resumes after its Last-Event-ID when the hub still has it, and
 * otherwise starts again from the latest status (the page's queries hold everything older).
 */
export async function watchGroupLive(deps: GatewayDeps, groupId: string, lastEventId: string | null): Promise<Response> {
  let response: Response | null;
  try {
    response =
      (lastEventId ? await deps.hub.watch({ groupId, mode: "live", lastEventId, timeoutMs: null }) : null) ??
      (await deps.hub.watch({ groupId, mode: "live", lastEventId: null, timeoutMs: null }));
  } catch (error) {
    if (error instanceof AppError) throw error;
    const cause = (error as Error).cause as Error | undefined;
    throw new AppError(
      "upstream_unreachable",
      `Upstream ${deps.target.baseUrl} is unreachable: ${cause?.message ?? (error as Error).message}`,
    );
  }
  if (!response) throw new AppError("internal", "The events hub could not serve this group");
  return response;
}
