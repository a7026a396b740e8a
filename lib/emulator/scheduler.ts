import { getProcessor } from "../parallel/processors";
import type { ApiError, RunStatus } from "../parallel/types";
import type { GroupNotifier } from "./group-notifier";
import { newRefId } from "./ids";
import { generateRunOutput } from "./run-output";
import type { CountDelta, EmulatorStore, RunRow } from "./store";

// Small batches keep each tick short, so requests are never stuck behind a long transaction.
const BATCH_SIZE = 500;
const IDLE_WAKE_MS = 1_000;
const BUSY_PAUSE_MS = 2;
const MIN_LATENCY_MS = 1;
// How long (at time scale 1) a run waits in action_required, and takes to go from cancelling to cancelled.
const ACTION_REQUIRED_WAIT_MS = 30_000;
const CANCELLING_MS = 5_000;

export interface SchedulerOptions {
  timeScale: number;
  concurrency: number;
  failureRate: number;
  /** Share of runs that are cancelled while running (they pass through `cancelling`). */
  cancelRate: number;
  /** Share of runs that wait in `action_required` before they start running. */
  actionRequiredRate: number;
  hostileContent: boolean;
}

/** Told of every status change after the transaction that made it; the run as it is now. */
export type StatusChangeListener = (run: RunRow & { group_id: string }) => void;

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
    private readonly onStatusChange: StatusChangeListener = () => {},
  ) {
    this.running = store.countInSlots();
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
    const changed: RunRow[] = [];
    let busy = false;
    this.store.transaction(() => {
      const due = this.store.dueInSlot(now, BATCH_SIZE);
      busy = due.length === BATCH_SIZE;
      for (const run of due) {
        const next = this.step(run, now);
        bump(deltas, run.group_seq, { [run.status]: -1, [next]: 1 });
        if (next === "completed" || next === "failed" || next === "cancelled") this.running--;
        if (run.webhook !== null) changed.push(run);
      }
      const slots = Math.min(this.options.concurrency - this.running, BATCH_SIZE);
      if (slots > 0) {
        for (const run of this.store.queuedHead(slots)) {
          if ((run.due_ms ?? 0) > now) break;
          const waits = this.options.actionRequiredRate > 0 && Math.random() < this.options.actionRequiredRate;
          if (waits) this.store.markInSlot(run.seq, "action_required", null, now + this.scaled(ACTION_REQUIRED_WAIT_MS), now);
          else this.store.markInSlot(run.seq, "running", now, now + this.latencyMs(run.processor), now);
          bump(deltas, run.group_seq, { queued: -1, [waits ? "action_required" : "running"]: 1 });
          this.running++;
          if (run.webhook !== null) changed.push(run);
        }
      }
      for (const [groupSeq, delta] of deltas) this.store.applyCounts(groupSeq, delta, now);
    });
    for (const groupSeq of deltas.keys()) this.notifier.notify(groupSeq);
    for (const run of changed) {
      const current = this.store.getRun(run.id);
      if (current) this.onStatusChange(current);
    }
    this.scheduleNext(busy);
  }

  /** Moves a run whose current step is due to its next status; returns that status. */
  private step(run: RunRow, now: number): RunStatus {
    switch (run.status) {
      case "action_required":
        this.store.markInSlot(run.seq, "running", now, now + this.latencyMs(run.processor), now);
        return "running";
      case "cancelling":
        this.store.markFinished(run, "cancelled", null, now);
        return "cancelled";
      default: {
        if (this.options.cancelRate > 0 && Math.random() < this.options.cancelRate) {
          this.store.markInSlot(run.seq, "cancelling", run.started_ms, now + this.scaled(CANCELLING_MS), now);
          return "cancelling";
        }
        if (this.options.failureRate > 0 && Math.random() < this.options.failureRate) {
          this.store.markFinished(run, "failed", JSON.stringify(simulatedError()), now);
          return "failed";
        }
        const output = generateRunOutput(run, this.store.getSpec(run.spec_id), this.options.hostileContent);
        this.store.markFinished(run, "completed", null, now, JSON.stringify(output));
        return "completed";
      }
    }
  }

  private scaled(ms: number): number {
    return Math.max(MIN_LATENCY_MS, Math.round(ms * this.options.timeScale));
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
    return this.scaled(processor.minLatencyMs + Math.random() * span);
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
