import { z } from "zod";
import { emptyAsUndefined, parseEnvWith } from "./parse-env-with";

const webhookEnvSchema = z.object({
  /** Verifies Parallel's webhooks at POST /api/webhooks/parallel; unset, that endpoint receives nothing. */
  PARALLEL_WEBHOOK_SECRET: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  /** Where Parallel should POST status changes of the runs this console creates. */
  CONSOLE_WEBHOOK_URL: z.preprocess(
    emptyAsUndefined,
    z.url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. https://console.example.com/api/webhooks/parallel" }).optional(),
  ),
});

export interface WebhookSettings {
  secret: string | null;
  consoleWebhookUrl: string | null;
}

/** Reads the webhook variables; a bad value throws an error naming the variable. */
export function parseWebhookEnv(env: Record<string, string | undefined>): WebhookSettings {
  const parsed = parseEnvWith(webhookEnvSchema, env);
  return { secret: parsed.PARALLEL_WEBHOOK_SECRET ?? null, consoleWebhookUrl: parsed.CONSOLE_WEBHOOK_URL ?? null };
}
