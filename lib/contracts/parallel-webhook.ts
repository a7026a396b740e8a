import { z } from "zod";

// `POST /api/webhooks/parallel`: Parallel's run webhooks, signed with the Standard Webhooks scheme.

// A TaskRun with its metadata, error and warnings is a few KiB; this leaves room without inviting floods.
export const MAX_WEBHOOK_BODY_BYTES = 256 * 1024;

export const parallelWebhookHeadersSchema = z.object({
  "webhook-id": z.string({ error: "is required" }).min(1).max(200),
  "webhook-timestamp": z.string({ error: "is required" }),
  "webhook-signature": z.string({ error: "is required" }).min(1),
});
