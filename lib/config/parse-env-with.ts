import type { z } from "zod";

/** The environment the server was started with is not usable; the message names each bad variable. */
export class InvalidServerEnvError extends Error {
  override name = "InvalidServerEnvError";
}

// Values of these variables never appear in an error message (it ends up in logs).
const HIDDEN_VARIABLE = /PASSWORD|SECRET/;

/** An empty variable counts as unset (`FOO=` in a .env file). */
export const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

/** `env` parsed with `schema`; otherwise one error naming each bad variable, what is wrong and what it was. */
export function parseEnvWith<Schema extends z.ZodType>(schema: Schema, env: Record<string, string | undefined>): z.output<Schema> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join(".");
    const shown = HIDDEN_VARIABLE.test(variable) ? "(hidden)" : JSON.stringify(withoutPassword(env[variable]) ?? null);
    return `${variable}: ${issue.message} (got ${shown})`;
  });
  throw new InvalidServerEnvError(`Invalid environment configuration:\n  ${problems.join("\n  ")}`);
}

// A database URL's password must not reach a log through this message.
function withoutPassword(value: string | undefined): string | undefined {
  return value?.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, "$1:***@");
}
