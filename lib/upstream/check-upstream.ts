import "server-only";
import { getServerEnv } from "../config/server-env";
import type { UpstreamTarget } from "../parallel/upstream-target";
import { probeUpstream } from "./probe-upstream";
import type { UpstreamStatus } from "./upstream-status";

/** The upstream from the env, described (for pages; routes get theirs through defineRoute's deps). */
export async function checkUpstream(): Promise<UpstreamStatus> {
  const env = getServerEnv();
  return describeUpstream({ baseUrl: env.PARALLEL_BASE_URL, prefix: env.PARALLEL_API_PREFIX, apiKey: env.PARALLEL_API_KEY }, env.CONSOLE_UPSTREAM_KIND);
}

/** What the console reports about `target`: where it is and whether it answers now. */
export async function describeUpstream(target: UpstreamTarget, kind: UpstreamStatus["kind"]): Promise<UpstreamStatus> {
  const probe = await probeUpstream(target);
  return { kind, baseUrl: target.baseUrl, prefix: target.prefix, ...probe };
}
