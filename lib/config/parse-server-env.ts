import { z } from "zod";
import { emptyAsUndefined, parseEnvWith } from "./parse-env-with";

const DEFAULT_PARALLEL_BASE_URL = "https://api.parallel.ai";

const serverEnvSchema = z.object({
  PARALLEL_API_KEY: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  PARALLEL_BASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .default(DEFAULT_PARALLEL_BASE_URL)
      .transform((url) => url.replace(/\/+$/, "")),
  ),
  PARALLEL_API_PREFIX: z.preprocess(emptyAsUndefined, z.enum(["v1", "v1beta"], { error: 'must be "v1" or "v1beta"' }).default("v1")),
  CONSOLE_UPSTREAM_KIND: z.preprocess(
    emptyAsUndefined,
    z.enum(["emulator", "parallel"], { error: 'must be "emulator" or "parallel"' }).default("parallel"),
  ),
  /** How long a cluster-wide lease (a group's ingestion, background work) outlives its holder's last renewal. */
  CONSOLE_LEASE_TTL_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number({ error: "must be a number of milliseconds" }).int().min(100, "must be at least 100 (ms)").default(15_000),
  ),
  CONSOLE_DB: z.preprocess(emptyAsUndefined, z.string().min(1).default(".data/console.db")),
  // When set, everything the console stores is in this PostgreSQL database instead of CONSOLE_DB.
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// (or postgresql://) URL" }).optional(),
  ),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export function parseServerEnv(env: Record<string, string | undefined>): ServerEnv {
  return parseEnvWith(serverEnvSchema, env);
}
