import "server-only";
import { z } from "zod";
import { tooDeepFields, tooDeepMessage } from "../json/nesting-levels";
import { AppError } from "./app-error";
import { readLimitedBody } from "./read-limited-body";

// Input parsing for the console's route handlers: every problem is a 422 naming the parameter, in the
// same `{loc, msg}` shape the Parallel API uses, so the UI shows one kind of validation error.

export type InputLocation = "query" | "body" | "path" | "header";

export function parseInput<T>(schema: z.ZodType<T>, value: unknown, location: InputLocation): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw validationFailed(
    parsed.error.issues.map((issue) => ({ loc: [location, ...issue.path.map(String)], msg: issue.message })),
    location,
  );
}

function validationFailed(errors: Array<{ loc: string[]; msg: string }>, location: InputLocation): AppError {
  // A query or path parameter is named as given (`fields`, not `fields.1`); body fields by their path.
  const name = (loc: string[]) => (location === "body" ? loc.slice(1).join(".") : loc[1]) || location;
  const described = errors.map((e) => `'${name(e.loc)}' ${e.msg}`).join("; ");
  const where = { path: "path parameter", query: "query parameter", header: "header", body: "body field" }[location];
  return new AppError("validation_failed", `Invalid ${where} ${described}`, {
    errors,
  });
}

/** The query string as an object (a parameter given twice keeps its last value). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/** The JSON body, at most `maxBytes` and at most MAX_JSON_NESTING_LEVELS deep in each field; an empty body is `{}`. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const text = await readLimitedBody(request, maxBytes);
  if (text.trim() === "") return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON");
  }
  const tooDeep = tooDeepFields(body, ["body"]);
  if (tooDeep.length > 0)
    throw validationFailed(
      tooDeep.map(({ loc, levels }) => ({ loc: loc.map(String), msg: tooDeepMessage(levels) })),
      "body",
    );
  return body;
}
