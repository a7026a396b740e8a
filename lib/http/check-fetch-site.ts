import { AppError } from "./app-error";

/** A write the browser itself labels as coming from another site is refused (403), whatever its Origin says. */
export function checkFetchSite(request: Request): void {
  if (request.headers.get("sec-fetch-site") === "cross-site") {
    throw new AppError("forbidden_origin", `Cross-site ${request.method} requests are not allowed (Sec-Fetch-Site: cross-site)`);
  }
}
