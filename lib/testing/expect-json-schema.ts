import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { formatAjvErrors } from "./contract";

// Checks a run's output content against the json_schema the run was given, formats included.

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

/** Throws a readable error when `value` does not satisfy `schema`. */
export function expectMatchesJsonSchema(schema: Record<string, unknown>, value: unknown, label = "value"): void {
  const validate = ajv.compile(schema);
  if (validate(value)) return;
  throw new Error(`${label} does not satisfy its schema:\n${formatAjvErrors(validate.errors)}\nvalue: ${JSON.stringify(value)}`);
}
