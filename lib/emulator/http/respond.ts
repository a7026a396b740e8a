import type { ServerResponse } from "node:http";
import type { ValidationErrorItem } from "../../parallel/types";
import { newRefId } from "../ids";

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** The documented error body: {"type":"error","error":{"ref_id","message","detail?"}}. */
export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  detail?: Record<string, unknown>,
  headers?: Record<string, string>,
): void {
  sendJson(res, status, { type: "error", error: { ref_id: newRefId(), message, ...(detail ? { detail } : {}) } }, headers);
}

/** Request validation failures, in the service's FastAPI shape. */
export function sendValidationError(res: ServerResponse, detail: ValidationErrorItem[]): void {
  sendJson(res, 422, { detail });
}
