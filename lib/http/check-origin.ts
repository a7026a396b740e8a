import { AppError } from "./app-error";

const MUTATING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Browsers send `Origin` on cross-site writes; a write whose Origin is not this console's own is
 * refused (403). Requests without Origin (scripts, the SDK, curl) are not browser-driven and pass.
 */
export function checkOrigin(request: Request): void {
  if (!MUTATING_METHODS.has(request.method)) return;
  const origin = request.headers.get("origin");
  if (origin === null) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("forbidden_origin", `Origin '${origin}' is not allowed`);
  }
  if (!host || originHost !== host) {
    throw new AppError("forbidden_origin", `Cross-origin ${request.method} from '${origin}' is not allowed`);
  }
}
