import "server-only";
import { parseWebhookEnv, type WebhookSettings } from "./parse-webhook-env";

export type { WebhookSettings } from "./parse-webhook-env";

let cached: WebhookSettings | undefined;

/** Parsed on first use (not at import, so `next build` needs no runtime environment), then kept. */
export function getWebhookSettings(): WebhookSettings {
  cached ??= parseWebhookEnv(process.env);
  return cached;
}
