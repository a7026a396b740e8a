import type { IncomingMessage, ServerResponse } from "node:http";
import type { EmulatorContext } from "../context";
import { sendError, sendJson } from "./respond";

export const STATS_PATH = "/__emulator/stats";
import { matchRoute } from "./router";
import { ROUTES } from "./routes";

export async function handleRequest(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://emulator.local");
  // Not part of the API: connection counters for benchmarks that run the emulator in another process.
  if (req.method === "GET" && url.pathname === STATS_PATH) return sendJson(res, 200, ctx.stats);
  const match = matchRoute(ROUTES, req.method ?? "GET", url.pathname, ctx.options.apiPrefixes);
  if (!match.route) {
    req.resume();
    return match.methodNotAllowed ? sendError(res, 405, "Method Not Allowed") : sendError(res, 404, "Not Found");
  }
  if (ctx.options.apiKey && req.headers["x-api-key"] !== ctx.options.apiKey) {
    req.resume();
    return sendError(res, 401, "Unauthorized: invalid or missing credentials");
  }
  try {
    await match.route.handle({ ctx, req, res, url, params: match.params });
  } catch (error) {
    ctx.options.log(`emulator: ${req.method} ${url.pathname} failed: ${(error as Error).stack ?? String(error)}`);
    if (!res.headersSent) sendError(res, 500, "Internal server error");
    else res.destroy();
  }
}
