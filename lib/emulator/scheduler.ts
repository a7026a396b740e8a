import { getProcessor } from "../parallel/processors";
import type { ApiError } from "../parallel/types";
import type { GroupNotifier } from "./group-notifier";
import { newRefId } from "./ids";
import { generateRunOutput } from "./run-output";
import type { CountDelta, EmulatorStore } from "./store";

// Small batches keep each tick short, so requests are never stuck behind a long transaction.
const BATCH_SIZE = 500;
const IDLE_WAKE_MS = 1_000;
const BUSY_PAUSE_MS = 2;
const MIN_LATENCY_MS = 1;

export interface SchedulerOptions {
  timeScale: number;
  concurrency: number;
  failureRate: number;
  hostileContent: boolean;
}

/**
 * One loop drives every run: each tick finishes the running runs that are due, then starts queued runs
 * in creation order while fewer than `concurrency` are running. State lives in the database, so a
 * restarted emulator carries on with the runs that were in flight.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: number;
  private stopped = false;

  constructor(
    private readonly store: EmulatorStore,
    private readonly notifier: GroupNotifier,
    private readonly options: SchedulerOptions,
  ) {
    this.running = store.countRunning();
  }

  start(): void {
    this.wake();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Runs a tick soon; called when runs are added. */
  wake(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), 0);
  }

  private tick(): void {
    this.timer = null;
    if (this.stopped) return;
    const now = Date.now();
    const deltas = new Map<number, CountDelta>();
    let busy = false;
    this.store.transaction(() => {
      const due = this.store.dueRunning(now, BATCH_SIZE);
      busy = due.length === BATCH_SIZE;
      for (const run of due) {
        const failed = this.options.failureRate > 0 && Math.random() < this.options.failureRate;
        if (failed) this.store.markFinished(run, "failed", JSON.stringify(simulatedError()), now);
        else
          this.store.markFinished(
            run,
            "completed",
            null,
            now,
            JSON.stringify(generateRunOutput(run, this.store.getSpec(run.spec_id), this.options.hostileContent)),
          );
        bump(deltas, run.group_seq, { n_running: -1, [failed ? "n_failed" : "n_completed"]: 1 });
      }
      this.running -= due.length;
      const slots = Math.min(this.options.concurrency - this.running, BATCH_SIZE);
      if (slots > 0) {
        for (const run of this.store.queuedHead(slots)) {
          if ((run.due_ms ?? 0) > now) break;
          this.store.markRunning(run.seq, now, now + this.latencyMs(run.processor));
          bump(deltas, run.group_seq, { n_queued: -1, n_running: 1 });
          this.running++;
        }
      }
      for (const [groupSeq, delta] of deltas) this.store.applyCounts(groupSeq, delta, now);
    });
    for (const groupSeq of deltas.keys()) this.notifier.notify(groupSeq);
    this.scheduleNext(busy);
  }

  private scheduleNext(busy: boolean): void {
    if (this.stopped) return;
    if (busy) {
      this.timer = setTimeout(() => this.tick(), BUSY_PAUSE_MS);
      return;
    }
    const nextDue = this.store.nextDueMs();
    const queuedWaiting = this.running < this.options.concurrency ? this.store.queuedHead(1)[0] : undefined;
    const candidates = [nextDue, queuedWaiting?.due_ms].filter((v): v is number => typeof v === "number");
    const wakeAt = candidates.length > 0 ? Math.min(...candidates) : Date.now() + IDLE_WAKE_MS;
    this.timer = setTimeout(() => this.tick(), Math.max(0, Math.min(wakeAt - Date.now(), IDLE_WAKE_MS)));
  }

  private latencyMs(processorName: string): number {
    const processor = getProcessor(processorName);
    if (!processor) return MIN_LATENCY_MS;
    const span = processor.maxLatencyMs - processor.minLatencyMs;
    return Math.max(MIN_LATENCY_MS, Math.round((processor.minLatencyMs + Math.random() * span) * this.options.timeScale));
  }
}

function bump(deltas: Map<number, CountDelta>, groupSeq: number, delta: CountDelta): void {
  const current = deltas.get(groupSeq) ?? {};
  for (const [k, v] of Object.entries(delta) as Array<[keyof CountDelta, number]>) current[k] = (current[k] ?? 0) + v;
  deltas.set(groupSeq, current);
}

const FAILURE_MESSAGES = [
  "The processor could not find enough reliable sources to answer the task.",
  "The task exceeded its research budget before reaching an answer.",
  "Upstream sources timed out while the run was gathering evidence.",
];

function simulatedError(): ApiError {
  return {
    ref_id: newRefId(),
    message: FAILURE_MESSAGES[Math.floor(Math.random() * FAILURE_MESSAGES.length)],
    detail: { simulated: true },
  };
}
