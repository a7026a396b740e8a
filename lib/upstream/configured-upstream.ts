import "server-only";
import { getServerEnv } from "../config/server-env";
import type { UpstreamConfig } from "./upstream-status";

/** Which upstream this server talks to, from its environment; asks nothing over the network. */
export function getConfiguredUpstream(): UpstreamConfig {
  const env = getServerEnv();
  return { kind: env.CONSOLE_UPSTREAM_KIND, baseUrl: env.PARALLEL_BASE_URL, prefix: env.PARALLEL_API_PREFIX };
}
