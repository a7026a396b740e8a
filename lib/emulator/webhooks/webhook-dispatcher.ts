import { randomBytes } from "node:crypto";
import type { TaskRun } from "../../parallel/types";
import { signWebhook } from "../../webhooks/webhook-signature";

// Parallel retries a failed delivery with exponential backoff from about 5 s for up to 48 hours:
// 5 s × 2^0…2^14 adds up to about 45 hours.
const FIRST_RETRY_DELAY_MS = 5_000;
const MAX_ATTEMPTS = 15;
const DELIVERY_TIMEOUT_MS = 15_000;
const MIN_DELAY_MS = 1;

export const WEBHOOK_EVENT_TYPE = "task_run.status";

/** The body Parallel POSTs on a run's status change. */
export interface TaskRunStatusWebhook {
  timestamp: string;
  type: typeof WEBHOOK_EVENT_TYPE;
  data: TaskRun;
}

export interface WebhookDispatcherOptions {
  secret: string;
  /** Scales the backoff between attempts, as it scales every latency. */
  timeScale: number;
  log: (message: string) => void;
}

/**
 * Delivers each status change to the run's webhook URL, signed with the Standard Webhooks scheme, and
 * retries while the receiver fails. Deliveries in flight live in memory: a restart drops them.
 */
export class WebhookDispatcher {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<AbortController>();
  private closed = false;

  constructor(private readonly options: WebhookDispatcherOptions) {}

  send(url: string, run: TaskRun): void {
    const body = JSON.stringify({
      timestamp: new Date().toISOString(),
      type: WEBHOOK_EVENT_TYPE,
      data: run,
    } satisfies TaskRunStatusWebhook);
    void this.attempt(url, `msg_${randomBytes(16).toString("hex")}`, body, 1);
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const controller of this.inFlight) controller.abort();
  }

  private async attempt(url: string, id: string, body: string, attempt: number): Promise<void> {
    if (this.closed) return;
    const timestamp = String(Math.floor(Date.now() / 1_000));
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), DELIVERY_TIMEOUT_MS);
    this.inFlight.add(controller);
    let failure: string | null;
    try {
      const response = await fetch(url, {
        method: "POST",
        redirect: "manual",
        signal: controller.signal,
        headers: {
          "content-type": "application/json",
          "webhook-id": id,
          "webhook-timestamp": timestamp,
          "webhook-signature": signWebhook({ secret: this.options.secret, id, timestamp, body }),
        },
        body,
      });
      await response.body?.cancel();
      failure = response.ok ? null : `HTTP ${response.status}`;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    } finally {
      clearTimeout(timeout);
      this.inFlight.delete(controller);
    }
    if (failure === null || this.closed) return;
    if (attempt >= MAX_ATTEMPTS) {
      this.options.log(`emulator: webhook ${id} to ${url} given up after ${attempt} attempts (${failure})`);
      return;
    }
    const delayMs = Math.max(MIN_DELAY_MS, Math.round(FIRST_RETRY_DELAY_MS * 2 ** (attempt - 1) * this.options.timeScale));
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(url, id, body, attempt + 1);
    }, delayMs);
    this.timers.add(timer);
  }
}
