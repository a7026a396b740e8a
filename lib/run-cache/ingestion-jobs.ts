import "server-only";
import { holdLease } from "../cluster/hold-lease";
import { processLeaseSettings, type LeaseSettings } from "../cluster/lease-settings";
import { abortableSleep } from "../upload/abortable-sleep";
import type { UpstreamTarget } from "../parallel/upstream-target";
import type { ConsoleDatabase } from "../registry/database-schema";
import { ingestGroupRuns } from "./ingest-group-runs";
import { onShutdown } from "../ops/shutdown-state";

/**
 * After a successful ingestion, a group's runs are re-read at most this often: page requests of an
 * active group may come every second, and a pass from the cursor is cheap but not free.
 */
export const MIN_INGEST_INTERVAL_MS = 1_000;
/** How often an instance following another's ingestion of a group re-reads the cache and tries the lease. */
export const LEASE_RETRY_MS = 250;

interface Job {
  controller: AbortController;
  /** When it started or last stored a batch: the ingestion-lag metric reads it. */
  progressAtMs: number;
  done: Promise<void>;
  waiters: Set<() => void>;
}

interface DbJobs {
  running: Map<string, Job>;
  /** Only groups read successfully less than MIN_INGEST_INTERVAL_MS ago: older entries throttle nothing. */
  finishedAtMs: Map<string, number>;
  /** The error of the group's last ingestion, kept (with its status) until one succeeds. */
  errors: Map<string, unknown>;
}

// Per database (tests open several), per group: at most one ingestion at a time in this process.
// On globalThis so that a dev-mode module reload does not lose track of running ingestions.
const globalForJobs = globalThis as typeof globalThis & {
  __runIngestionJobs?: { jobsByDb: WeakMap<ConsoleDatabase, DbJobs>; allJobs: Set<Job> };
};
const { jobsByDb, allJobs } = (globalForJobs.__runIngestionJobs ??= { jobsByDb: new WeakMap(), allJobs: new Set() });

function jobsOf(db: ConsoleDatabase): DbJobs {
  let jobs = jobsByDb.get(db);
  if (!jobs) jobsByDb.set(db, (jobs = { running: new Map(), finishedAtMs: new Map(), errors: new Map() }));
  return jobs;
}

export interface EnsureIngestionParams {
  db: ConsoleDatabase;
  target: UpstreamTarget;
  groupId: string;
  /** This process's holder id and CONSOLE_LEASE_TTL_MS unless said (tests stand for several instances). */
  lease?: LeaseSettings;
}

/** The cluster-wide lease that makes one instance at a time the group's ingester. */
export function ingestionLeaseName(groupId: string): string {
  return `ingest:${groupId}`;
}

/**
 * Starts or continues caching the group's runs in the background and returns at once. The returned
 * promise settles when that ingestion ends (it never rejects; see `ingestionError`), so callers
 * may ignore it. A group successfully read less than MIN_INGEST_INTERVAL_MS ago is not re-read, and
 * a final one is not read at all (ingestGroupRuns returns at once).
 */
export function ensureIngestion({ db, target, groupId, lease }: EnsureIngestionParams): Promise<void> {
  const jobs = jobsOf(db);
  const current = jobs.running.get(groupId);
  if (current) return current.done;
  if (Date.now() - (jobs.finishedAtMs.get(groupId) ?? 0) < MIN_INGEST_INTERVAL_MS) return Promise.resolve();
  jobs.errors.delete(groupId);

  const controller = new AbortController();
  const waiters = new Set<() => void>();
  const wake = () => {
    job.progressAtMs = Date.now();
    for (const waiter of [...waiters]) waiter();
  };
  const job: Job = {
    controller,
    progressAtMs: Date.now(),
    waiters,
    done: ingestAsOwner({ db, target, groupId, lease: lease ?? processLeaseSettings() }, controller, wake)
      .then(
        () => recordFinished(jobs, groupId),
        (error: unknown) => {
          // A failed ingestion may be retried by the next request at once.
          if (!controller.signal.aborted) jobs.errors.set(groupId, error);
        },
      )
      .finally(() => {
        jobs.running.delete(groupId);
        allJobs.delete(job);
        wake();
      }),
  };
  jobs.running.set(groupId, job);
  allJobs.add(job);
  return job.done;
}

/**
 * Ingests only while this instance holds the group's lease, cluster-wide; every batch is fenced by
 * it, so an instance that lost it (paused, partitioned) cannot write. While another instance holds
 * it, this one follows: it wakes its readers every LEASE_RETRY_MS (the owner's batches are in the
 * shared cache) and takes the lease when the owner releases it or dies (after expiry), continuing
 * from the stored cursor, so a caller waiting for the ingestion waits for the cluster's.
 */
async function ingestAsOwner(
  { db, target, groupId, lease }: EnsureIngestionParams & { lease: LeaseSettings },
  controller: AbortController,
  onProgress: () => void,
): Promise<void> {
  const take = () =>
    holdLease({
      db,
      name: ingestionLeaseName(groupId),
      ...lease,
      onLost: () => controller.abort(new Error(`Another instance took over caching the runs of group ${groupId}`)),
    });
  let held = await take();
  while (!held) {
    await abortableSleep(LEASE_RETRY_MS, controller.signal);
    if (controller.signal.aborted) return;
    onProgress();
    held = await take();
  }
  try {
    await ingestGroupRuns({ db, target, groupId, signal: controller.signal, onProgress, fence: held.fence });
  } finally {
    await held.release().catch(() => {});
  }
}

// Without this, every group ever cached would keep an entry for the life of the process.
function recordFinished(jobs: DbJobs, groupId: string): void {
  const nowMs = Date.now();
  for (const [id, atMs] of jobs.finishedAtMs) if (nowMs - atMs >= MIN_INGEST_INTERVAL_MS) jobs.finishedAtMs.delete(id);
  jobs.finishedAtMs.set(groupId, nowMs);
}

/** Drops what this process keeps about a group's past ingestions (its last error), once the group is forgotten. */
export function forgetIngestion({ db, groupId }: { db: ConsoleDatabase; groupId: string }): void {
  const jobs = jobsOf(db);
  jobs.finishedAtMs.delete(groupId);
  jobs.errors.delete(groupId);
}

/** Groups this process keeps ingestion state for (running, recently finished or failed): bounded by what is in use. */
export function trackedIngestionGroups({ db }: { db: ConsoleDatabase }): number {
  const jobs = jobsOf(db);
  return new Set([...jobs.running.keys(), ...jobs.finishedAtMs.keys(), ...jobs.errors.keys()]).size;
}

export function isIngesting({ db, groupId }: { db: ConsoleDatabase; groupId: string }): boolean {
  return jobsOf(db).running.has(groupId);
}

/** The error that ended the group's last ingestion, if it has not succeeded since. */
export function ingestionError({ db, groupId }: { db: ConsoleDatabase; groupId: string }): unknown {
  return jobsOf(db).errors.get(groupId);
}

/** Resolves after the running ingestion commits its next batch or ends, or after `timeoutMs`. */
export function waitForIngestionProgress({
  db,
  groupId,
  timeoutMs,
}: {
  db: ConsoleDatabase;
  groupId: string;
  timeoutMs: number;
}): Promise<void> {
  const job = jobsOf(db).running.get(groupId);
  if (!job) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      job.waiters.delete(done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    job.waiters.add(done);
  });
}

/** Seconds since the running ingestion that has waited longest stored a batch or started; 0 when none runs. */
export function ingestionLagSeconds(nowMs = Date.now()): number {
  let oldestMs = nowMs;
  for (const job of allJobs) oldestMs = Math.min(oldestMs, job.progressAtMs);
  return (nowMs - oldestMs) / 1000;
}

/** Stops every ingestion of this process (shutdown, end of a test file). */
export async function abortAllIngestions(): Promise<void> {
  const jobs = [...allJobs];
  for (const job of jobs) job.controller.abort();
  await Promise.all(jobs.map((job) => job.done));
}

onShutdown("run-cache ingestions", "work", abortAllIngestions);
