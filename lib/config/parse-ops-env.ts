import { z } from "zod";
import { emptyAsUndefined, parseEnvWith } from "./parse-env-with";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const opsEnvSchema = z.object({
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info")),
  /** Unset: only admins (sessions or API tokens) may read /api/metrics. */
  CONSOLE_METRICS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, { error: "must be 16 characters or more" }).optional()),
  CONSOLE_SHUTDOWN_TIMEOUT_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number({ error: "must be a number of milliseconds" }).int().min(0).max(600_000).default(10_000),
  ),
});

export interface OpsSettings {
  logLevel: LogLevel;
  metricsToken: string | null;
  shutdownTimeoutMs: number;
}

/** Reads the operations variables; a bad value throws an error naming the variable. */
export function parseOpsEnv(env: Record<string, string | undefined>): OpsSettings {
  const { LOG_LEVEL, CONSOLE_METRICS_TOKEN, CONSOLE_SHUTDOWN_TIMEOUT_MS } = parseEnvWith(opsEnvSchema, env);
  return { logLevel: LOG_LEVEL, metricsToken: CONSOLE_METRICS_TOKEN ?? null, shutdownTimeoutMs: CONSOLE_SHUTDOWN_TIMEOUT_MS };
}
