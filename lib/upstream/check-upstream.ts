import "server-only";
import { getServerEnv } from "../config/server-env";
import { getConfiguredUpstream } from "./configured-upstream";
import { probeUpstream } from "./probe-upstream";
import type { UpstreamStatus } from "./upstream-status";

export async function checkUpstream(): Promise<UpstreamStatus> {
  const env = getServerEnv();
  const probe = await probeUpstream({
    baseUrl: env.PARALLEL_BASE_URL,
    prefix: env.PARALLEL_API_PREFIX,
    apiKey: env.PARALLEL_API_KEY,
  });
  return { ...getConfiguredUpstream(), ...probe };
}
