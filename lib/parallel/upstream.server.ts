import "server-only";
import { getServerEnv } from "../config/server-env";
import type { UpstreamTarget } from "./upstream-target";

export type { UpstreamTarget } from "./upstream-target";

export function getUpstreamTarget(): UpstreamTarget {
  const env = getServerEnv();
  return { baseUrl: env.PARALLEL_BASE_URL, prefix: env.PARALLEL_API_PREFIX, apiKey: env.PARALLEL_API_KEY };
}
