import "server-only";
import type { UpstreamTarget } from "../parallel/upstream-target";
import { probeUpstream } from "./probe-upstream";
import type { UpstreamStatus } from "./upstream-status";

/** What the console reports about `target`: where it is and whether it answers now. */
export async function checkUpstream(target: UpstreamTarget, kind: UpstreamStatus["kind"]): Promise<UpstreamStatus> {
  const probe = await probeUpstream(target);
  return { kind, baseUrl: target.baseUrl, prefix: target.prefix, ...probe };
}
