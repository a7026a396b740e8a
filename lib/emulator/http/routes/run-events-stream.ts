import type { RunProgressEvent } from "../../../parallel/types";
import type { EmulatorContext } from "../../context";
import { buildProgressTrace } from "../../output/progress-trace";
import { runOutput } from "../../run-output";
import { taskRun } from "../../serialize";
import type { RunRow } from "../../store";
import { sendError } from "../respond";
import type { RouteRequest } from "../router";
import { SseWriter } from "../sse-writer";
import { isTerminal } from "./run-routes";

const IDLE_RECHECK_MS = 1_000;

/**
 * One run's progress: the trace so far is replayed on every connect, the rest follows live, then a
 * final task_run.state and the stream closes. Not resumable, as documented.
 */
export async function streamRunEvents({ ctx, res, params }: RouteRequest) {
  let run = ctx.store.getRun(params[0]);
  if (!run) return sendError(res, 404, "Run id not found");
  const groupId = run.group_id;
  const parsedInput = (JSON.parse(run.input) as { input: string | Record<string, unknown> }).input;
  const seed = typeof parsedInput === "string" ? parsedInput : JSON.stringify(parsedInput);
  const trace = buildProgressTrace({ seed, input: parsedInput, hostile: ctx.options.hostileContent });
  const writer = new SseWriter(res, ctx.options);
  let sent = 0;

  while (!writer.isClosed && run) {
    const terminal = isTerminal(run);
    const fraction = progressFraction(run);
    const ready: RunProgressEvent[] = [];
    while (sent < trace.length && (terminal || trace[sent].at <= fraction)) {
      const step = trace[sent++];
      ready.push("message" in step.event ? { ...step.event, timestamp: stepTimestamp(run, step.at) } : step.event);
    }
    if (ready.length > 0 && !(await writer.send(ready))) return;
    if (terminal) {
      const spec = ctx.store.getSpec(run.spec_id);
      const final: RunProgressEvent = {
        type: "task_run.state",
        event_id: null,
        run: taskRun(run, groupId),
        input: null,
        output: runOutput(run, spec, ctx.options.hostileContent),
      };
      if (await writer.send([final])) writer.end();
      return;
    }
    await waitForChange(ctx, run, nextStepDelayMs(run, trace[sent]?.at), writer);
    run = ctx.store.getRun(run.id);
  }
}

function progressFraction(run: RunRow): number {
  if (run.status !== "running" || run.started_ms === null || run.due_ms === null)
    return run.status === "queued" || run.status === "action_required" ? -1 : 1;
  const span = Math.max(1, run.due_ms - run.started_ms);
  return (Date.now() - run.started_ms) / span;
}

function stepTimestamp(run: RunRow, at: number): string {
  const start = run.started_ms ?? run.created_ms;
  const end = run.due_ms ?? run.modified_ms;
  return new Date(start + at * Math.max(0, end - start)).toISOString();
}

function nextStepDelayMs(run: RunRow, at: number | undefined): number {
  if (at === undefined || run.status !== "running" || run.started_ms === null || run.due_ms === null) return IDLE_RECHECK_MS;
  const when = run.started_ms + at * (run.due_ms - run.started_ms);
  return Math.min(IDLE_RECHECK_MS, Math.max(0, when - Date.now()));
}

function waitForChange(ctx: EmulatorContext, run: RunRow, delayMs: number, writer: SseWriter): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      stopOnClose();
      resolve();
    };
    const timer = setTimeout(done, delayMs);
    const unsubscribe = ctx.notifier.subscribe(run.group_seq, done);
    const stopOnClose = writer.onClose(done);
  });
}
