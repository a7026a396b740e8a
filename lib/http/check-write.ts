import type { SecurityPolicy } from "../config/parse-security-env";
import { checkFetchSite } from "./check-fetch-site";
import { checkJsonContentType } from "./check-json-content-type";
import { checkOrigin } from "./check-origin";

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** What every write to the console's API must pass: same site, same origin, a JSON body. */
export function checkWrite(request: Request, policy: SecurityPolicy): void {
  if (!WRITE_METHODS.has(request.method)) return;
  checkFetchSite(request);
  checkOrigin(request, policy);
  checkJsonContentType(request);
}
