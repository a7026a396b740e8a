import { createHmac, timingSafeEqual } from "node:crypto";

// The Standard Webhooks scheme as Parallel uses it: `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`.
// Parallel's secret is used as given (its UTF-8 bytes); a Standard Webhooks `whsec_` secret is the
// base64 of the key, so both kinds of secret work on both sides.

const STANDARD_SECRET_PREFIX = "whsec_";

function signingKey(secret: string): Buffer {
  return secret.startsWith(STANDARD_SECRET_PREFIX)
    ? Buffer.from(secret.slice(STANDARD_SECRET_PREFIX.length), "base64")
    : Buffer.from(secret, "utf8");
}

export interface WebhookSignatureInput {
  secret: string;
  id: string;
  /** Unix seconds, as sent in `webhook-timestamp`. */
  timestamp: string;
  body: string;
}

/** The `webhook-signature` header value for one delivery. */
export function signWebhook({ secret, id, timestamp, body }: WebhookSignatureInput): string {
  const digest = createHmac("sha256", signingKey(secret)).update(`${id}.${timestamp}.${body}`).digest("base64");
  return `v1,${digest}`;
}

/** Whether any of the space-separated `v1,` signatures in `header` matches this delivery. */
export function webhookSignatureMatches(input: WebhookSignatureInput, header: string): boolean {
  const expected = Buffer.from(signWebhook(input).slice("v1,".length), "base64");
  return header
    .split(" ")
    .filter((part) => part.startsWith("v1,"))
    .some((part) => {
      const given = Buffer.from(part.slice("v1,".length), "base64");
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}
