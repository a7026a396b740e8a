import { z } from "zod";

const DEFAULT_PARALLEL_BASE_URL = "https://api.parallel.ai";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

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

export class InvalidServerEnvError extends Error {
  override name = "InvalidServerEnvError";
}

export function parseServerEnv(env: Record<string, string | undefined>): ServerEnv {
  const result = serverEnvSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join(".");
    return `${variable}: ${issue.message} (got ${JSON.stringify(withoutPassword(env[variable]) ?? null)})`;
  });
  throw new InvalidServerEnvError(`Invalid environment configuration:\n  ${problems.join("\n  ")}`);
}

// A database URL's password must not reach a log through this message.
function withoutPassword(value: string | undefined): string | undefined {
  return value?.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, "$1:***@");
}
