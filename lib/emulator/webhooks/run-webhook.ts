import { WEBHOOK_EVENT_TYPE } from "./webhook-dispatcher";

/** The URL to notify of a run's status changes, from its stored `webhook`, or null when it asked for none. */
export function statusWebhookUrl(webhookJson: string | null): string | null {
  if (webhookJson === null) return null;
  const webhook = JSON.parse(webhookJson) as { url?: unknown; event_types?: unknown };
  const types = Array.isArray(webhook.event_types) ? webhook.event_types : [];
  return typeof webhook.url === "string" && types.includes(WEBHOOK_EVENT_TYPE) ? webhook.url : null;
}
