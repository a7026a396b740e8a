import "server-only";
import type { ReadyCheck, ReadyChecks } from "../contracts/ready";
import { AppError } from "../http/app-error";
import { databaseErrorFrom } from "../http/database-error";
import type { UpstreamTarget } from "../parallel/upstream-target";
import type { ConsoleDatabase } from "../registry/database-schema";
import { checkDatabaseReady } from "../registry/check-database-ready";
import { probeUpstream } from "../upstream/probe-upstream";
import { isDraining } from "./shutdown-state";

interface Timed {
  check: ReadyCheck;
  failure?: unknown;
}

async function timed(run: () => Promise<void>): Promise<Timed> {
  const startedMs = performance.now();
  const latencyMs = () => Math.round((performance.now() - startedMs) * 10) / 10;
  try {
    await run();
    return { check: { ok: true, latencyMs: latencyMs() } };
  } catch (failure) {
    const error = failure instanceof Error ? failure.message : String(failure);
    return { check: { ok: false, latencyMs: latencyMs(), error }, failure };
  }
}

async function probe(target: UpstreamTarget): Promise<void> {
  const result = await probeUpstream(target);
  if (!result.reachable) throw new Error(result.error ?? "no answer");
}

/**
 * Both dependencies checked at once. Returns the checks when both pass; otherwise throws the 503 that
 * names the failed one (the database first: without it nothing works), its detail carrying every check.
 */
export async function checkReadiness(db: ConsoleDatabase, target: UpstreamTarget): Promise<ReadyChecks> {
  if (isDraining()) throw new AppError("shutting_down", "Not ready: this instance is shutting down; send requests to another.");
  const [database, upstream] = await Promise.all([timed(() => checkDatabaseReady(db)), timed(() => probe(target))]);
  const checks: ReadyChecks = { database: database.check, upstream: upstream.check };
  if (database.failure !== undefined) {
    const known = databaseErrorFrom(database.failure);
    const message = known?.message ?? `The console database does not answer: ${database.check.error}`;
    // errorResponse logs a database_unavailable error: the operator sees the cause, not only the probe.
    throw Object.assign(new AppError("database_unavailable", message, { ...known?.detail, checks }), { cause: database.failure });
  }
  if (upstream.failure !== undefined) {
    throw new AppError(
      "upstream_unreachable",
      `Not ready: the upstream at ${target.baseUrl} does not answer: ${upstream.check.error}`,
      { checks },
      503,
    );
  }
  return checks;
}
