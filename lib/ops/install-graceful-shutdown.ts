import { parseOpsEnv } from "../config/parse-ops-env";
import { shutDownGracefully } from "./graceful-shutdown";
import { requestLogger } from "./request-log";

// Past the drain's bound, closing may still hang (a stuck database): this much more, then exit anyway.
const CLOSE_GRACE_MS = 5_000;

/**
 * Replaces Next.js's SIGTERM handling in this process: `next start` closes its server and waits for
 * every connection to end (an open SSE stream never does) and then exits 143. Here the streams are
 * ended with a retry hint, requests finish, the database closes, and the process exits 0.
 */
export function installGracefulShutdown(env: Record<string, string | undefined> = process.env): void {
  const { shutdownTimeoutMs } = parseOpsEnv(env);
  for (const listener of process.listeners("SIGTERM")) process.off("SIGTERM", listener);
  process.once("SIGTERM", () => {
    const log = requestLogger();
    log.info({ event: "shutdown", timeoutMs: shutdownTimeoutMs }, "SIGTERM: draining");
    setTimeout(() => {
      log.error({ event: "shutdown" }, "shutdown did not finish in time; exiting");
      process.exit(1);
    }, shutdownTimeoutMs + CLOSE_GRACE_MS).unref();
    void shutDownGracefully(shutdownTimeoutMs).then((report) => {
      log.info({ event: "shutdown", ...report }, "shut down");
      log.flush();
      process.exit(report.unfinishedRequests === 0 && report.failed.length === 0 ? 0 : 1);
    });
  });
}
