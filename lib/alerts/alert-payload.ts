import type { AlertRuleKind } from "../contracts/alerts";

/** What every destination is told about one firing. */
export interface AlertPayload {
  /** The delivery's id: the same on every retry, so a receiver can drop duplicates (`webhook-id`). */
  deliveryId: string;
  firingId: string;
  ruleId: string;
  kind: AlertRuleKind;
  title: string;
  message: string;
  groupId: string;
  groupName: string | null;
  firedAtMs: number;
}

/** The generic webhook body: `{type, timestamp, data}`, shaped like Parallel's own webhooks. */
export function webhookBody(payload: AlertPayload): string {
  return JSON.stringify({
    type: "alert.fired",
    timestamp: new Date(payload.firedAtMs).toISOString(),
    data: {
      firing_id: payload.firingId,
      rule_id: payload.ruleId,
      kind: payload.kind,
      title: payload.title,
      message: payload.message,
      group: { id: payload.groupId, name: payload.groupName },
    },
  });
}

/** A Slack incoming-webhook message: `text` for notifications, `blocks` for the channel. */
export function slackBody(payload: AlertPayload): string {
  return JSON.stringify({
    text: `${payload.title}: ${payload.message}`,
    blocks: [
      { type: "header", text: { type: "plain_text", text: payload.title } },
      { type: "section", text: { type: "mrkdwn", text: payload.message } },
      { type: "context", elements: [{ type: "mrkdwn", text: `Task group \`${payload.groupId}\`` }] },
    ],
  });
}

export function emailSubject(payload: AlertPayload): string {
  return `[Alert] ${payload.title}: ${payload.groupName ?? payload.groupId}`;
}

export function emailText(payload: AlertPayload): string {
  return [
    payload.message,
    "",
    `Rule: ${payload.title}`,
    `Group: ${payload.groupName ?? "(unnamed)"} (${payload.groupId})`,
    `Fired at: ${new Date(payload.firedAtMs).toISOString()}`,
  ].join("\n");
}
