import type { SecurityPolicy } from "../config/parse-security-env";
import { AppError } from "./app-error";
import { requestOrigin } from "./request-host";

/**
 * Browsers send `Origin` on cross-site writes; a write whose Origin (scheme, host and port) is not
 * this console's own is refused (403). Requests without Origin (scripts, the SDK, curl) are not
 * browser-driven and pass.
 */
export function checkOrigin(request: Request, policy: SecurityPolicy): void {
  const origin = request.headers.get("origin");
  if (origin === null) return;
  let claimed: string;
  try {
    claimed = new URL(origin).origin;
  } catch {
    throw new AppError("forbidden_origin", `Origin '${origin}' is not allowed`);
  }
  if (claimed === "null" || claimed !== requestOrigin(request, policy)) {
    throw new AppError("forbidden_origin", `Cross-origin ${request.method} from '${origin}' is not allowed`);
  }
}
