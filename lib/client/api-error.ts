import type { ErrorCode } from "../http/app-error";

/** The console's error, rebuilt in the browser from the JSON body, so the UI can switch on `code`. */
export class ApiError extends Error {
  override name = "ApiError";

  constructor(
    readonly status: number,
    readonly code: ErrorCode | "network" | "unknown",
    message: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
  }
}
