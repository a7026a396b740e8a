import { MAX_WEBHOOK_BODY_BYTES, parallelWebhookHeadersSchema } from "@/lib/contracts/parallel-webhook";
import { AppError } from "@/lib/http/app-error";
import { defineRoute } from "@/lib/http/define-route";
import { parseInput } from "@/lib/http/parse-request";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { applyRunStatusWebhook } from "@/lib/webhooks/apply-run-status-webhook";
import { taskRunStatusWebhookSchema } from "@/lib/webhooks/task-run-status-webhook";
import { verifyWebhook } from "@/lib/webhooks/verify-webhook";

export const dynamic = "force-dynamic";

/**
 * Parallel's `task_run.status` webhooks. Authenticated by their signature, not by a browser's origin:
 * the sender is a server, so it sends no Origin or Sec-Fetch-Site and passes the write checks as any
 * script does (a cross-site browser POST is still refused, and could not sign anyway). The body is
 * read as text because the signature covers its exact bytes.
 */
export const POST = defineRoute({ access: "public", headers: parallelWebhookHeadersSchema }, async ({ request, headers, deps }) => {
  if (!deps.webhookSecret)
    throw new AppError("not_found", "Webhook reception is off: set PARALLEL_WEBHOOK_SECRET to receive Parallel's webhooks");
  const text = await readLimitedBody(request, MAX_WEBHOOK_BODY_BYTES);
  const nowMs = Date.now();
  verifyWebhook({ secret: deps.webhookSecret, headers, body: text, nowMs });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The webhook body is not valid JSON");
  }
  const webhook = parseInput(taskRunStatusWebhookSchema, json, "body");
  const outcome = await applyRunStatusWebhook({
    db: deps.db,
    target: deps.target,
    hub: deps.gateway.hub,
    webhookId: headers["webhook-id"],
    webhook,
    nowMs,
  });
  return Response.json(outcome);
});
