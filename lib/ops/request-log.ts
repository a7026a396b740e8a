import pino, { type Logger } from "pino";
import { getOpsSettings } from "../config/ops-env";

/** One request's line: nothing that can carry a secret (no query, headers, cookies or bodies). */
export interface RequestLogLine {
  requestId: string;
  method: string;
  /** The path with ids and tokens replaced (route-template.ts). */
  route: string;
  status: number;
  /** Until the answer's headers: a live stream's line is written when it opens. */
  durationMs: number;
  memberId?: string;
}

// On globalThis so every separately bundled route writes through one logger (and one destination).
const globalForLog = globalThis as typeof globalThis & { __consoleRequestLogger?: Logger };

/** The process's request logger: JSON lines on stdout at LOG_LEVEL. */
export function requestLogger(): Logger {
  globalForLog.__consoleRequestLogger ??= pino({ level: getOpsSettings().logLevel, timestamp: pino.stdTimeFunctions.isoTime });
  return globalForLog.__consoleRequestLogger;
}

/** Replaces the request logger (a test's captured destination). */
export function setRequestLogger(logger: Logger): void {
  globalForLog.__consoleRequestLogger = logger;
}

export function logRequest(line: RequestLogLine): void {
  requestLogger().info(line, "request");
}
