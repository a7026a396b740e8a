import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

// Validates values against the shared OpenAPI 3.1 contract (../shared/parallel-api/openapi.tasks.json).
// The whole document is registered as one schema so every `#/components/...` ref resolves in place;
// operations are looked up by method, path and status, so tests check what the contract says about
// the endpoint they called instead of naming schemas by hand.

const CONTRACT_ID = "https://contract.test/openapi.tasks.json";
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The shared contract, beside the repository where the team keeps it. */
export const SHARED_CONTRACT_PATH = path.resolve(REPO_ROOT, "../shared/parallel-api/openapi.tasks.json");
/** A copy kept in the repository, so a clone without ../shared still tests; a test keeps the two equal. */
export const VENDORED_CONTRACT_PATH = path.resolve(REPO_ROOT, "lib/parallel/contract/openapi.tasks.json");
export const CONTRACT_PATH = existsSync(SHARED_CONTRACT_PATH) ? SHARED_CONTRACT_PATH : VENDORED_CONTRACT_PATH;

type Json = Record<string, unknown>;

export interface ResponseSchema {
  /** The contract's path template, e.g. `/v1/tasks/groups/{taskgroup_id}`. */
  pathTemplate: string;
  contentType: string;
  validate: ValidateFunction;
  /** For SSE responses: event type → component schema validator, from the `discriminator` mapping. */
  byEventType?: Map<string, ValidateFunction>;
  /** JSON pointer of the schema inside the contract, for error messages. */
  pointer: string;
}

let cached: { doc: Json; ajv: Ajv2020 } | undefined;

function contract(): { doc: Json; ajv: Ajv2020 } {
  if (cached) return cached;
  const doc = JSON.parse(readFileSync(CONTRACT_PATH, "utf8")) as Json;
  // `discriminator` carries a `mapping`, which ajv's own discriminator support rejects; the oneOf
  // branches already differ by a `type` const, so ignoring the keyword loses nothing.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: CONTRACT_ID });
  cached = { doc, ajv };
  return cached;
}

export function contractDocument(): Json {
  return contract().doc;
}

function escapePointerSegment(segment: string): string {
  return encodeURIComponent(segment.replace(/~/g, "~0").replace(/\//g, "~1"));
}

function validatorAt(segments: string[]): ValidateFunction {
  const { ajv } = contract();
  const ref = `${CONTRACT_ID}#/${segments.map(escapePointerSegment).join("/")}`;
  return ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
}

/** A validator for one of the contract's component schemas, e.g. `"TaskRun"`. */
export function componentValidator(name: string): ValidateFunction {
  const schemas = (contractDocument().components as Json).schemas as Json;
  if (!(name in schemas)) throw new Error(`The contract has no component schema named ${name}`);
  return validatorAt(["components", "schemas", name]);
}

export function formatAjvErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => `  ${e.instancePath || "(root)"} ${e.message ?? ""} ${JSON.stringify(e.params)} [${e.schemaPath}]`)
    .join("\n");
}

function preview(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 1500 ? `${text.slice(0, 1500)}…` : text;
}

function check(validate: ValidateFunction, value: unknown, label: string): void {
  if (validate(value)) return;
  throw new Error(`${label} does not match the contract:\n${formatAjvErrors(validate.errors)}\nvalue: ${preview(value)}`);
}

/** Throws a readable error listing every ajv error when `value` does not match the named component. */
export function expectSchema(name: string, value: unknown): void {
  check(componentValidator(name), value, name);
}

/** The contract's path template matching a concrete request path (query string ignored), or undefined. */
export function matchPathTemplate(method: string, concretePath: string): string | undefined {
  const paths = contractDocument().paths as Json;
  const pathname = concretePath.split("?")[0];
  const wanted = method.toLowerCase();
  return Object.keys(paths).find((template) => {
    const operation = (paths[template] as Json)[wanted];
    if (!operation) return false;
    const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`);
    return pattern.test(pathname);
  });
}

// The contract lists the single-run endpoints (`/tasks/runs/{run_id}`, `/result`, `/input`) under /v1 only,
// while the emulator and gateway serve them under /v1beta as well: fall back to the /v1 twin.
function resolveTemplate(method: string, pathOrTemplate: string): string | undefined {
  const paths = contractDocument().paths as Json;
  const direct = (paths[pathOrTemplate] as Json | undefined)?.[method.toLowerCase()] ? pathOrTemplate : undefined;
  const found = direct ?? matchPathTemplate(method, pathOrTemplate);
  if (found || !pathOrTemplate.startsWith("/v1beta/")) return found;
  return resolveTemplate(method, pathOrTemplate.replace(/^\/v1beta\//, "/v1/"));
}

/**
 * The schema the contract gives for `method pathTemplate` answering `status`, for JSON or
 * `text/event-stream` content (whichever the operation documents). Accepts a template or a concrete
 * path. Returns undefined when the contract documents no body for that status.
 */
export function responseSchemaFor(method: string, pathOrTemplate: string, status: number): ResponseSchema | undefined {
  const template = resolveTemplate(method, pathOrTemplate);
  if (!template) return undefined;
  const operation = ((contractDocument().paths as Json)[template] as Json)[method.toLowerCase()] as Json;
  const response = (operation.responses as Json)[String(status)] as Json | undefined;
  const content = response?.content as Json | undefined;
  if (!content) return undefined;
  const contentType = ["application/json", "text/event-stream"].find((t) => t in content) ?? Object.keys(content)[0];
  const segments = ["paths", template, method.toLowerCase(), "responses", String(status), "content", contentType, "schema"];
  const schema = (content[contentType] as Json).schema as Json;
  const mapping = (schema.discriminator as Json | undefined)?.mapping as Record<string, string> | undefined;
  const byEventType = mapping
    ? new Map(Object.entries(mapping).map(([type, ref]) => [type, componentValidator(ref.split("/").pop()!)]))
    : undefined;
  return { pathTemplate: template, contentType, validate: validatorAt(segments), byEventType, pointer: segments.join("/") };
}

function requireResponseSchema(method: string, pathOrTemplate: string, status: number): ResponseSchema {
  const found = responseSchemaFor(method, pathOrTemplate, status);
  if (!found) throw new Error(`The contract documents no ${status} body for ${method.toUpperCase()} ${pathOrTemplate}`);
  return found;
}

/** Throws unless `body` matches what the contract documents for this operation and status. */
export function expectResponseBody(method: string, pathOrTemplate: string, status: number, body: unknown): void {
  const schema = requireResponseSchema(method, pathOrTemplate, status);
  check(schema.validate, body, `${method.toUpperCase()} ${schema.pathTemplate} ${status} (${schema.contentType})`);
}

/**
 * Throws unless one SSE event's data matches the operation's event-stream schema; when the contract maps
 * event types to schemas, the event is checked against its own type's schema for a precise error.
 */
export function expectStreamEvent(method: string, pathOrTemplate: string, data: unknown): void {
  const schema = requireResponseSchema(method, pathOrTemplate, 200);
  if (schema.contentType !== "text/event-stream") {
    throw new Error(`${method.toUpperCase()} ${schema.pathTemplate} is not an event stream in the contract`);
  }
  const type = (data as { type?: unknown } | null)?.type;
  const label = `${schema.pathTemplate} event ${JSON.stringify(type)}`;
  if (schema.byEventType) {
    const validate = typeof type === "string" ? schema.byEventType.get(type) : undefined;
    if (!validate) {
      throw new Error(`${label}: type is not one the contract allows here (${[...schema.byEventType.keys()].join(", ")})`);
    }
    check(validate, data, label);
  }
  check(schema.validate, data, label);
}
