import { randomUUID } from "node:crypto";
import { AppError, ERROR_CODES, type ErrorBody } from "./app-error";
import { databaseErrorFrom } from "./database-error";

/** The JSON answer for an error: the API's own error shape plus a `code` the UI can switch on. */
export function errorResponse(error: unknown, headers: Record<string, string> = {}): Response {
  const refId = randomUUID();
  const databaseError = databaseErrorFrom(error);
  const appError = databaseError ?? (error instanceof AppError ? error : new AppError("internal", "Internal error"));
  if (databaseError || !(error instanceof AppError) || !ERROR_CODES[appError.code].expose) {
    console.error(`[${refId}]`, error);
  }
  const message = ERROR_CODES[appError.code].expose ? appError.message : "Internal error";
  const body: ErrorBody = {
    type: "error",
    error: { code: appError.code, ref_id: refId, message, ...(appError.detail ? { detail: appError.detail } : {}) },
  };
  return Response.json(body, { status: appError.status, headers });
}
