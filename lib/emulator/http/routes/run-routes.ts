import type { TaskRunResult } from "../../../parallel/types";
import type { EmulatorContext } from "../../context";
import { runOutput } from "../../run-output";
import { isActiveStatus, taskRun, taskRunInput } from "../../serialize";
import type { RunRow } from "../../store";
import { numberParam } from "../query-params";
import { sendError, sendJson } from "../respond";
import type { RouteRequest } from "../router";

const DEFAULT_RESULT_TIMEOUT_S = 600;

export function retrieveRun({ ctx, res, params }: RouteRequest) {
  const [groupId, runId] = params.length === 2 ? params : [null, params[0]];
  const run = ctx.store.getRun(runId);
  if (!run || (groupId !== null && run.group_id !== groupId)) return sendError(res, 404, "Run id not found");
  sendJson(res, 200, taskRun(run, run.group_id));
}

export function retrieveRunInput({ ctx, res, params }: RouteRequest) {
  const run = ctx.store.getRun(params[0]);
  if (!run) return sendError(res, 404, "Run id not found");
  sendJson(res, 200, taskRunInput(run, ctx.store.getSpec(run.spec_id)));
}

/** Blocks until the run is terminal or `timeout` seconds pass (408), as the service does. */
export async function retrieveRunResult({ ctx, req, res, url, params }: RouteRequest) {
  const timeout = numberParam(url, "timeout");
  // The contract documents this endpoint's 422 as an ErrorResponse, unlike the group endpoints.
  if (!timeout.ok) return sendError(res, 422, "Request validation error", { errors: [timeout.error] });
  const run = ctx.store.getRun(params[0]);
  if (!run) return sendError(res, 404, "Run id not found");
  const finished = await waitUntilTerminal(ctx, run, (timeout.value ?? DEFAULT_RESULT_TIMEOUT_S) * 1_000, req.socket);
  if (res.destroyed) return;
  if (!finished) return sendError(res, 408, "Request timed out; run still active");
  if (finished.status !== "completed") {
    const reason = finished.error ? (JSON.parse(finished.error) as { message: string }).message : finished.status;
    return sendError(res, 404, `Run failed: ${reason}`, { run_id: finished.id, status: finished.status });
  }
  const result: TaskRunResult = {
    run: taskRun(finished, run.group_id),
    output: runOutput(finished, ctx.store.getSpec(finished.spec_id), ctx.options.hostileContent)!,
  };
  sendJson(res, 200, result);
}

export function isTerminal(run: RunRow): boolean {
  return !isActiveStatus(run.status);
}

/** Resolves with the run once terminal, or null at the deadline or when the client leaves. */
export function waitUntilTerminal(
  ctx: EmulatorContext,
  run: RunRow,
  timeoutMs: number,
  socket: NodeJS.EventEmitter,
): Promise<RunRow | null> {
  if (isTerminal(run)) return Promise.resolve(run);
  return new Promise((resolve) => {
    const finish = (value: RunRow | null) => {
      unsubscribe();
      clearTimeout(timer);
      socket.off("close", onClose);
      resolve(value);
    };
    const onClose = () => finish(null);
    const unsubscribe = ctx.notifier.subscribe(run.group_seq, () => {
      const current = ctx.store.getRun(run.id);
      if (current && isTerminal(current)) finish(current);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    socket.once("close", onClose);
  });
}
