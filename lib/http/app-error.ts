// One error type for the console's own endpoints. Each code has an HTTP status and says whether its
// message is meant for the browser; the rest is only logged.

export const ERROR_CODES = {
  bad_request: { status: 400, expose: true },
  forbidden_origin: { status: 403, expose: true },
  not_found: { status: 404, expose: true },
  payload_too_large: { status: 413, expose: true },
  unsupported_media_type: { status: 415, expose: true },
  misdirected_request: { status: 421, expose: true },
  validation_failed: { status: 422, expose: true },
  upstream_error: { status: 502, expose: true },
  upstream_unreachable: { status: 502, expose: true },
  internal: { status: 500, expose: false },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  override name = "AppError";

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: Record<string, unknown>,
    readonly status: number = ERROR_CODES[code].status,
  ) {
    super(message);
  }
}

export interface ErrorBody {
  type: "error";
  error: { code: ErrorCode; ref_id: string; message: string; detail?: Record<string, unknown> };
}
