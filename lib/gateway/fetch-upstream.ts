import type { UpstreamTarget } from "../parallel/upstream-target";
import { AppError } from "../http/app-error";

/** fetch to the upstream; a network failure becomes a 502 that names the upstream. */
export async function fetchUpstream(target: UpstreamTarget, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, redirect: "manual", cache: "no-store" });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    const cause = (error as Error).cause as Error | undefined;
    throw new AppError("upstream_unreachable", `Upstream ${target.baseUrl} is unreachable: ${cause?.message ?? (error as Error).message}`, {
      upstream: target.baseUrl,
    });
  }
}
