import { getProcessor } from "../../../parallel/processors";
import { bodyNestingErrors } from "../../../parallel/schemas/nesting-errors";
import { createTaskGroupRequestSchema } from "../../../parallel/schemas/task-run-input";
import { validateAddRunsBody } from "../../../parallel/schemas/validate-add-runs";
import { zodIssuesToValidationErrors } from "../../../parallel/schemas/zod-issues-to-validation-errors";
import type { TaskGroupRunResponse } from "../../../parallel/types";
import { encodeEventId, encodeRunCursor } from "../../cursors";
import { groupResponse, groupStatus } from "../../serialize";
import type { NewRun } from "../../store";
import { boolParam } from "../query-params";
import { readJsonBody } from "../read-json-body";
import { sendError, sendJson, sendValidationError } from "../respond";
import type { RouteRequest } from "../router";

// Runs wait this long in the queue (times the time scale) before a processor picks them up.
const QUEUE_DELAY_MS = 2_000;

export async function createGroup({ ctx, req, res }: RouteRequest) {
  const body = await readJsonBody(req);
  if (!body.ok) return sendValidationError(res, [body.error]);
  const tooDeep = bodyNestingErrors(body.value);
  if (tooDeep.length > 0) return sendValidationError(res, tooDeep);
  const parsed = createTaskGroupRequestSchema.safeParse(body.value ?? {});
  if (!parsed.success) return sendValidationError(res, zodIssuesToValidationErrors(parsed.error.issues, ["body"], body.value ?? {}));
  const group = ctx.store.createGroup(parsed.data.metadata ?? null, Date.now());
  sendJson(res, 200, groupResponse(group));
}

export function retrieveGroup({ ctx, res, params }: RouteRequest) {
  const group = ctx.store.getGroup(params[0]);
  if (!group) return sendError(res, 404, "TaskGroup not found");
  sendJson(res, 200, groupResponse(group));
}

export async function addRuns({ ctx, req, res, url, params }: RouteRequest) {
  const body = await readJsonBody(req);
  const group = ctx.store.getGroup(params[0]);
  if (!group) return sendError(res, 404, "TaskGroup not found");
  const refresh = boolParam(url, "refresh_status", true);
  if (!refresh.ok) return sendValidationError(res, [refresh.error]);
  const retryAfterS = ctx.rateLimiter.take(String(req.headers["x-api-key"] ?? "anonymous"));
  if (retryAfterS > 0) {
    return sendError(res, 429, "Rate limit exceeded: too many task run requests. Retry after the given delay.", undefined, {
      "retry-after": String(retryAfterS),
    });
  }
  if (!body.ok) return sendValidationError(res, [body.error]);
  const validation = validateAddRunsBody(body.value, (name) => getProcessor(name) !== undefined);
  if (!validation.ok) return sendValidationError(res, validation.errors);

  const { inputs, default_task_spec } = validation.body;
  const allowed = ctx.options.allowedProcessors;
  const refusedAt = allowed ? inputs.findIndex((input) => !allowed.includes(input.processor)) : -1;
  if (allowed && refusedAt >= 0) {
    const processor = inputs[refusedAt].processor;
    return sendError(
      res,
      403,
      `Processor not allowed on this account: inputs[${refusedAt}] uses "${processor}"; allowed: ${allowed.join(", ")}`,
      { processor, allowed_processors: [...allowed] },
    );
  }
  const charge = ctx.credit.charge(inputs.map((input) => input.processor));
  if (!charge.ok) {
    return sendError(
      res,
      402,
      `Insufficient credit: these ${inputs.length} runs cost $${formatUsd(charge.neededUsd)} and $${formatUsd(charge.leftUsd)} is left`,
      { needed_usd: charge.neededUsd, remaining_usd: charge.leftUsd },
    );
  }
  const statusBefore = groupStatus(group);
  const newRuns: NewRun[] = inputs.map((input) => {
    const { task_spec, ...rest } = input;
    return {
      processor: input.processor,
      inputJson: JSON.stringify(rest),
      metadata: input.metadata ?? null,
      spec: task_spec ?? default_task_spec ?? null,
      webhookJson: input.webhook ? JSON.stringify(input.webhook) : null,
    };
  });
  const now = Date.now();
  const added = ctx.store.addRuns(group, newRuns, now, now + QUEUE_DELAY_MS * ctx.options.timeScale);
  ctx.scheduler.wake();
  ctx.notifier.notify(group.seq);
  const response: TaskGroupRunResponse = {
    status: refresh.value ? groupStatus(ctx.store.getGroup(group.id)!) : statusBefore,
    run_ids: added.runIds,
    run_cursor: added.lastRunSeq === null ? null : encodeRunCursor(added.lastRunSeq),
    event_cursor: added.lastEventSeq === null ? null : encodeEventId(added.lastEventSeq),
  };
  sendJson(res, 200, response);
}

function formatUsd(usd: number): string {
  return usd.toFixed(usd < 1 ? 3 : 2);
}
