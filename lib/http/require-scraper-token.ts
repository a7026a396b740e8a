import { timingSafeEqual } from "node:crypto";
import { AppError } from "./app-error";

/** 401 unless the request carries `Authorization: Bearer <expected>` (compared in constant time). */
export function requireScraperToken(request: Request, expected: string): void {
  const given = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new AppError("unauthenticated", "This endpoint needs `Authorization: Bearer <CONSOLE_METRICS_TOKEN>`.");
  }
}
