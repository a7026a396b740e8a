import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const compiled = new WeakMap<object, ValidateFunction>();

/** ajv errors for `value` against a JSON Schema, or an empty string when it is valid. */
export function contentErrors(schema: Record<string, unknown>, value: unknown): string {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(value)) return "";
  return `${ajv.errorsText(validate.errors)}\nvalue: ${JSON.stringify(value)}`;
}
