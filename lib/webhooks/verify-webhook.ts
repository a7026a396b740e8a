import { AppError } from "../http/app-error";
import { webhookSignatureMatches } from "./webhook-signature";

// Standard Webhooks receivers refuse a timestamp this far from their clock (either way), so a
// captured delivery cannot be replayed later; the `webhook-id` check covers replays inside it.
export const WEBHOOK_TOLERANCE_MS = 5 * 60_000;
const MS_PER_S = 1_000;

export interface WebhookHeaders {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
}

/** Throws a 401 naming what is wrong unless the delivery is signed with `secret` and recent. */
export function verifyWebhook({
  secret,
  headers,
  body,
  nowMs,
}: {
  secret: string;
  headers: WebhookHeaders;
  body: string;
  nowMs: number;
}): void {
  const timestamp = headers["webhook-timestamp"];
  if (!/^\d{1,15}$/.test(timestamp)) {
    throw new AppError("webhook_unauthenticated", `Header webhook-timestamp must be Unix seconds, got ${JSON.stringify(timestamp)}`);
  }
  const skewMs = Math.abs(nowMs - Number(timestamp) * MS_PER_S);
  if (skewMs > WEBHOOK_TOLERANCE_MS) {
    throw new AppError(
      "webhook_unauthenticated",
      `Header webhook-timestamp ${timestamp} is ${Math.round(skewMs / MS_PER_S)} s from this server's clock; at most ${WEBHOOK_TOLERANCE_MS / MS_PER_S} s is accepted`,
    );
  }
  if (!webhookSignatureMatches({ secret, id: headers["webhook-id"], timestamp, body }, headers["webhook-signature"])) {
    throw new AppError(
      "webhook_unauthenticated",
      "Header webhook-signature does not match the body signed with PARALLEL_WEBHOOK_SECRET (expected v1,<base64 HMAC-SHA256 of id.timestamp.body>)",
    );
  }
}
