import { z } from "zod";
import { getProcessor } from "../parallel/processors";

export const API_PREFIXES = ["v1", "v1beta"] as const;
export type ApiPrefix = (typeof API_PREFIXES)[number];

export interface EmulatorOptions {
  port: number;
  host: string;
  dbPath: string;
  /** Multiplies every processor latency: 1 is real time, 0.01 is a hundred times faster. */
  timeScale: number;
  failureRate: number;
  /** Share of runs cancelled while running; they pass through `cancelling` to `cancelled`. */
  cancelRate: number;
  /** Share of runs that wait in `action_required` before running. */
  actionRequiredRate: number;
  /** Signs webhook deliveries (Standard Webhooks; a `whsec_` secret is base64, any other is used as its bytes). */
  webhookSecret: string;
  /** Credit of the account in USD; add-runs answers 402 once a request would spend more than is left. */
  creditUsd: number | undefined;
  /** Processors the account may use; add-runs naming another answers 403. Undefined: every processor. */
  allowedProcessors: readonly string[] | undefined;
  /** Add-runs requests allowed per key within `rateLimitWindowMs`. */
  rateLimitPerMin: number;
  /** The rate limit's sliding window: a minute, as the real API's; shorter lets tests see 429s without waiting a minute. */
  rateLimitWindowMs: number;
  /** When above 0, every SSE connection is cut abruptly after this many events. */
  dropAfterEvents: number;
  apiKey: string | undefined;
  concurrency: number;
  hostileContent: boolean;
  heartbeatMs: number;
  /**
   * The prefixes whose endpoints are served, to stand in for an upstream that has only some. The
   * single-run endpoints the real API has only under /v1 (a run, its result, its input) are served
   * there whatever this says; with both prefixes they are also answered under /v1beta.
   */
  apiPrefixes: readonly ApiPrefix[];
  log: (message: string) => void;
}

export const DEFAULT_EMULATOR_OPTIONS: EmulatorOptions = {
  port: 4010,
  host: "127.0.0.1",
  dbPath: ".data/emulator.db",
  timeScale: 0.1,
  failureRate: 0,
  cancelRate: 0,
  actionRequiredRate: 0,
  webhookSecret: "emulator-webhook-secret",
  creditUsd: undefined,
  allowedProcessors: undefined,
  rateLimitPerMin: 2_000,
  rateLimitWindowMs: 60_000,
  dropAfterEvents: 0,
  apiKey: undefined,
  concurrency: 2_000,
  hostileContent: false,
  heartbeatMs: 10_000,
  apiPrefixes: API_PREFIXES,
  log: () => {},
};

const number = (min: number, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().min(min).max(max).optional();

const envSchema = z.object({
  EMULATOR_PORT: number(0, 65_535),
  EMULATOR_HOST: z.string().min(1).optional(),
  EMULATOR_DB: z.string().min(1).optional(),
  EMULATOR_TIME_SCALE: number(0),
  EMULATOR_FAILURE_RATE: number(0, 1),
  EMULATOR_CANCEL_RATE: number(0, 1),
  EMULATOR_ACTION_REQUIRED_RATE: number(0, 1),
  EMULATOR_WEBHOOK_SECRET: z.string().min(1).optional(),
  EMULATOR_CREDIT_USD: number(0),
  EMULATOR_PROCESSORS: z
    .string()
    .transform((list) => list.split(",").map((p) => p.trim()))
    .pipe(
      z
        .array(
          z.string().refine((name) => getProcessor(name) !== undefined, {
            error: (issue) => `${JSON.stringify(issue.input)} is not a processor (lite, base, core, core2x, pro, ultra…, each with -fast)`,
          }),
        )
        .min(1),
    )
    .optional(),
  EMULATOR_RATE_LIMIT_PER_MIN: number(1),
  EMULATOR_RATE_LIMIT_WINDOW_MS: number(1_000),
  EMULATOR_DROP_AFTER_EVENTS: number(0),
  EMULATOR_API_KEY: z.string().min(1).optional(),
  EMULATOR_CONCURRENCY: number(1),
  EMULATOR_HOSTILE_CONTENT: z.enum(["0", "1", "true", "false"]).optional(),
  EMULATOR_HEARTBEAT_MS: number(10),
  EMULATOR_API_PREFIXES: z
    .string()
    .transform((list) => list.split(",").map((p) => p.trim()))
    .pipe(
      z
        .array(z.enum(API_PREFIXES, { error: `must be a comma-separated list of ${API_PREFIXES.join(", ")}` }))
        .min(1)
        .transform((list) => [...new Set(list)]),
    )
    .optional(),
});

/** Reads the EMULATOR_* variables; a bad value throws an error naming the variable. */
export function emulatorOptionsFromEnv(env: Record<string, string | undefined>): Partial<EmulatorOptions> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([k, v]) => k.startsWith("EMULATOR_") && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid ${String(issue.path[0])}=${JSON.stringify(cleaned[String(issue.path[0])])}: ${issue.message}`);
  }
  const e = parsed.data;
  const options: Partial<EmulatorOptions> = {
    port: e.EMULATOR_PORT,
    host: e.EMULATOR_HOST,
    dbPath: e.EMULATOR_DB,
    timeScale: e.EMULATOR_TIME_SCALE,
    failureRate: e.EMULATOR_FAILURE_RATE,
    cancelRate: e.EMULATOR_CANCEL_RATE,
    actionRequiredRate: e.EMULATOR_ACTION_REQUIRED_RATE,
    webhookSecret: e.EMULATOR_WEBHOOK_SECRET,
    creditUsd: e.EMULATOR_CREDIT_USD,
    allowedProcessors: e.EMULATOR_PROCESSORS,
    rateLimitPerMin: e.EMULATOR_RATE_LIMIT_PER_MIN,
    rateLimitWindowMs: e.EMULATOR_RATE_LIMIT_WINDOW_MS,
    dropAfterEvents: e.EMULATOR_DROP_AFTER_EVENTS,
    apiKey: e.EMULATOR_API_KEY,
    concurrency: e.EMULATOR_CONCURRENCY,
    hostileContent: e.EMULATOR_HOSTILE_CONTENT === undefined ? undefined : ["1", "true"].includes(e.EMULATOR_HOSTILE_CONTENT),
    heartbeatMs: e.EMULATOR_HEARTBEAT_MS,
    apiPrefixes: e.EMULATOR_API_PREFIXES,
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<EmulatorOptions>;
}
