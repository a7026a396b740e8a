import { z } from "zod";
import { getProcessor } from "../parallel/processors";
import { priceTable, type PriceTable } from "../parallel/price-table";
import { InvalidServerEnvError } from "./parse-env-with";

const VARIABLE = "CONSOLE_PRICES";

const overridesSchema = z
  .record(z.string(), z.number({ error: "must be a number of USD per 1,000 runs" }).nonnegative({ error: "must not be negative" }).finite())
  .superRefine((overrides, context) => {
    for (const name of Object.keys(overrides))
      if (getProcessor(name) === undefined) context.addIssue({ code: "custom", path: [name], message: `"${name}" is not a processor` });
  });

/** Reads CONSOLE_PRICES (JSON, USD per 1,000 runs by processor, e.g. `{"core":20}`); a bad value throws an error naming the variable. */
export function parsePriceEnv(env: Record<string, string | undefined>): PriceTable {
  const raw = env[VARIABLE];
  if (raw === undefined || raw.trim() === "") return priceTable({});
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new InvalidServerEnvError(
      `Invalid environment configuration:\n  ${VARIABLE}: not JSON, expected e.g. {"core":20} (got ${JSON.stringify(raw)})`,
    );
  }
  const result = overridesSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${[VARIABLE, ...issue.path].join(".")}: ${issue.message}`);
    throw new InvalidServerEnvError(`Invalid environment configuration:\n  ${problems.join("\n  ")} (got ${JSON.stringify(raw)})`);
  }
  return priceTable(result.data);
}
