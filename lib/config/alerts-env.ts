import "server-only";
import { parseAlertsEnv, type AlertsSettings } from "./parse-alerts-env";

export type { AlertsSettings } from "./parse-alerts-env";

let cached: AlertsSettings | undefined;

/** Parsed on first use (not at import, so `next build` needs no runtime environment), then kept. */
export function getAlertsSettings(): AlertsSettings {
  cached ??= parseAlertsEnv(process.env);
  return cached;
}
