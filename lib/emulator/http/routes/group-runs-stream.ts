import { RUN_STATUSES, type RunStatus } from "../../../parallel/types";
import { encodeRunCursor } from "../../cursors";
import { runOutputJson } from "../../run-output";
import { runStateEventJson, taskRun, taskRunInputJson } from "../../serialize";
import { boolParam } from "../query-params";
import { sendError, sendValidationError } from "../respond";
import type { RouteRequest } from "../router";
import { SseWriter } from "../sse-writer";
import { streamCursor } from "../stream-cursor";

// A small first page so the first events leave at once; later pages are larger for throughput.
const FIRST_PAGE_SIZE = 100;
const PAGE_SIZE = 1_000;

/** Every run of the group as it is now, in creation order, one database page at a time. */
export async function streamGroupRuns({ ctx, req, res, url, params }: RouteRequest) {
  const group = ctx.store.getGroup(params[0]);
  if (!group) return sendError(res, 404, "TaskGroup not found");
  const includeInput = boolParam(url, "include_input", false);
  if (!includeInput.ok) return sendValidationError(res, [includeInput.error]);
  const includeOutput = boolParam(url, "include_output", false);
  if (!includeOutput.ok) return sendValidationError(res, [includeOutput.error]);
  const status = url.searchParams.get("status") || null;
  if (status !== null && !(RUN_STATUSES as readonly string[]).includes(status)) {
    return sendValidationError(res, [
      { loc: ["query", "status"], msg: `Input should be ${RUN_STATUSES.map((s) => `'${s}'`).join(", ")}`, type: "enum" },
    ]);
  }
  const cursor = streamCursor(req, url, "r");
  if (!cursor.ok) return sendValidationError(res, [cursor.error]);

  const writer = new SseWriter(res, ctx.options);
  ctx.stats.runsStreamsOpened++;
  let after = cursor.value?.seq ?? 0;
  for (let pageSize = FIRST_PAGE_SIZE; ; pageSize = PAGE_SIZE) {
    const rows = ctx.store.pageRuns(group.seq, after, status as RunStatus | null, pageSize, includeOutput.value);
    if (rows.length === 0) break;
    const events = rows.map((row) => {
      return {
        type: "task_run.state",
        json: runStateEventJson({
          eventId: encodeRunCursor(row.seq),
          runJson: JSON.stringify(taskRun(row, group.id)),
          inputJson: includeInput.value ? taskRunInputJson(row, ctx.store.getSpecJson(row.spec_id)) : "null",
          outputJson: includeOutput.value ? runOutputJson(row, ctx.store.getSpec(row.spec_id), ctx.options.hostileContent) : "null",
        }),
      };
    });
    after = rows[rows.length - 1].seq;
    if (!(await writer.sendSerialized(events))) return;
  }
  writer.end();
}
