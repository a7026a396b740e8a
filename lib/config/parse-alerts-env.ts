import { z } from "zod";
import { emptyAsUndefined, parseEnvWith } from "./parse-env-with";

const DEFAULT_TICK_MS = 15_000;
const DEFAULT_RETRY_BASE_MS = 30_000;
const DEFAULT_MAX_ATTEMPTS = 6;
const DEFAULT_SMTP_FROM = "Task Group Console <alerts@localhost>";

const wholeMs = (fallback: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int("must be whole milliseconds").min(0, "must not be negative").default(fallback));

const alertsEnvSchema = z.object({
  /** How often the watcher evaluates the rules; 0 turns the watcher off. */
  ALERTS_TICK_MS: wholeMs(DEFAULT_TICK_MS),
  /** Wait before the first retry of a failed delivery; doubled each time. */
  ALERTS_RETRY_BASE_MS: wholeMs(DEFAULT_RETRY_BASE_MS),
  ALERTS_MAX_ATTEMPTS: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(20, "must be at most 20")
      .default(DEFAULT_MAX_ATTEMPTS),
  ),
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.com:587" }).optional(),
  ),
  SMTP_FROM: z.preprocess(emptyAsUndefined, z.string().min(3).default(DEFAULT_SMTP_FROM)),
});

export interface AlertsSettings {
  tickMs: number;
  retryBaseMs: number;
  maxAttempts: number;
  smtp: { url: string; from: string } | null;
}

/** Reads the ALERTS_* and SMTP_* variables; a bad value throws an error naming the variable. */
export function parseAlertsEnv(env: Record<string, string | undefined>): AlertsSettings {
  const { ALERTS_TICK_MS, ALERTS_RETRY_BASE_MS, ALERTS_MAX_ATTEMPTS, SMTP_URL, SMTP_FROM } = parseEnvWith(alertsEnvSchema, env);
  return {
    tickMs: ALERTS_TICK_MS,
    retryBaseMs: ALERTS_RETRY_BASE_MS,
    maxAttempts: ALERTS_MAX_ATTEMPTS,
    smtp: SMTP_URL ? { url: SMTP_URL, from: SMTP_FROM } : null,
  };
}
