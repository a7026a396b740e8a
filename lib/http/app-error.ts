// One error type for the console's own endpoints. Each code has an HTTP status and says whether its
// message is meant for the browser; the rest is only logged.

export const ERROR_CODES = {
  bad_request: { status: 400, expose: true },
  /** No signed-in member: sign in first. */
  unauthenticated: { status: 401, expose: true },
  /** Signed in, but the member's role does not allow it; the message names the role needed. */
  forbidden: { status: 403, expose: true },
  forbidden_origin: { status: 403, expose: true },
  /** A webhook whose signature or timestamp does not hold. */
  webhook_unauthenticated: { status: 401, expose: true },
  not_found: { status: 404, expose: true },
  method_not_allowed: { status: 405, expose: true },
  /** A share link that was revoked or has expired: it existed, and will not open again. */
  share_link_ended: { status: 410, expose: true },
  /** The group exists upstream but is not in this console's list; `POST /api/groups/import` adds it. */
  not_in_registry: { status: 404, expose: true },
  /** An earlier request with the same Idempotency-Key has not finished. */
  conflict: { status: 409, expose: true },
  payload_too_large: { status: 413, expose: true },
  unsupported_media_type: { status: 415, expose: true },
  misdirected_request: { status: 421, expose: true },
  validation_failed: { status: 422, expose: true },
  /** Too many failed sign-ins: wait (Retry-After). */
  too_many_requests: { status: 429, expose: true },
  upstream_error: { status: 502, expose: true },
  upstream_unreachable: { status: 502, expose: true },
  /** An add-runs call that would take the team or the member over their monthly budget; the message names the cap, the amount spent and the amount asked. */
  budget_exceeded: { status: 402, expose: true },
  /** The console's own database cannot be written (disk full, read-only, I/O error, file deleted). */
  database_unavailable: { status: 503, expose: true },
  /** This instance received SIGTERM: readiness fails so a load balancer sends requests elsewhere. */
  shutting_down: { status: 503, expose: true },
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
