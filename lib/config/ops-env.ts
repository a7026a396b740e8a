import { parseOpsEnv, type OpsSettings } from "./parse-ops-env";

export type { OpsSettings } from "./parse-ops-env";

let cached: OpsSettings | undefined;

/** Parsed on first use (not at import, so `next build` needs no runtime environment), then kept. */
export function getOpsSettings(): OpsSettings {
  cached ??= parseOpsEnv(process.env);
  return cached;
}
