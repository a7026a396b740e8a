import type { UpstreamTarget } from "../parallel/upstream-target";
import { AppError } from "../http/app-error";
import { fetchUpstream } from "../parallel/fetch-upstream";

/** fetchUpstream for the gateway: a network failure becomes a 502 that names the upstream. */
export async function reachUpstream(target: UpstreamTarget, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetchUpstream(url, init);
  } catch (error) {
    if (init.signal?.aborted || error instanceof AppError) throw error;
    const cause = (error as Error).cause as Error | undefined;
    throw new AppError("upstream_unreachable", `Upstream ${target.baseUrl} is unreachable: ${cause?.message ?? (error as Error).message}`, {
      upstream: target.baseUrl,
    });
  }
}
