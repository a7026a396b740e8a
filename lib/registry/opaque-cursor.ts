import "server-only";
import type { z } from "zod";
import { AppError } from "../http/app-error";

// Page cursors are base64url JSON so that clients treat them as opaque and the server can change
// what they hold; a cursor that does not decode to the expected shape is the client's error (422).

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

export function decodeCursor<T>(cursor: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    value = undefined;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidCursor();
  return parsed.data;
}

export function invalidCursor(reason = "is not a cursor this endpoint gave out"): AppError {
  return new AppError("validation_failed", `Invalid query parameter 'cursor': it ${reason}`, {
    errors: [{ loc: ["query", "cursor"], msg: `it ${reason}` }],
  });
}
