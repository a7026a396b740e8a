import { RUN_STATUSES, type TaskGroupStatusEvent, type TaskRunEvent } from "../../../parallel/types";
import { encodeEventId } from "../../cursors";
import { groupIsActive, groupStatus, taskRun } from "../../serialize";
import type { GroupRow } from "../../store";
import { numberParam } from "../query-params";
import { sendError, sendValidationError } from "../respond";
import type { RouteRequest } from "../router";
import { SseWriter } from "../sse-writer";
import { streamCursor } from "../stream-cursor";

const PAGE_SIZE = 1_000;
const MAX_STREAM_S = 3_600;
const STATUS_MIN_INTERVAL_MS = 250;

/**
 * Fresh connect: the current status, then every past task_run.state, then live events and status
 * updates; after the group goes inactive, a final status and the stream closes.
 */
export async function streamGroupEvents({ ctx, req, res, url, params }: RouteRequest) {
  const initial = ctx.store.getGroup(params[0]);
  if (!initial) return sendError(res, 404, "TaskGroup not found");
  const timeout = numberParam(url, "timeout");
  if (!timeout.ok) return sendValidationError(res, [timeout.error]);
  const cursor = streamCursor(req, url, "e");
  if (!cursor.ok) return sendValidationError(res, [cursor.error]);

  const writer = new SseWriter(res, ctx.options);
  ctx.stats.eventsStreamsOpened++;
  ctx.stats.eventsStreamsOpen++;
  writer.onClose(() => ctx.stats.eventsStreamsOpen--);
  const groupSeq = initial.seq;
  let position = cursor.value?.seq ?? 0;
  let serial = cursor.value?.serial ?? 0;
  let lastStatusKey = "";
  let lastStatusAtMs = 0;
  let lastWasStatus = false;
  let pumping = false;
  let again = false;
  let statusTimer: NodeJS.Timeout | null = null;

  const statusEvent = (g: GroupRow): TaskGroupStatusEvent => {
    const status = groupStatus(g);
    lastStatusKey = statusKey(g);
    lastStatusAtMs = Date.now();
    return { type: "task_group_status", event_id: encodeEventId(position, ++serial), status };
  };

  const pump = async (): Promise<void> => {
    if (pumping) {
      again = true;
      return;
    }
    pumping = true;
    do {
      again = false;
      for (;;) {
        const rows = ctx.store.pageEvents(groupSeq, position, PAGE_SIZE);
        if (rows.length === 0) break;
        const events: TaskRunEvent[] = rows.map((row) => ({
          type: "task_run.state",
          event_id: encodeEventId(row.event_seq),
          run: taskRun(row, initial.id),
          input: null,
          output: null,
        }));
        position = rows[rows.length - 1].event_seq;
        lastWasStatus = false;
        if (!(await writer.send(events))) return;
      }
      const group = ctx.store.getGroupBySeq(groupSeq)!;
      const active = groupIsActive(group);
      const changed = statusKey(group) !== lastStatusKey;
      const due = Date.now() - lastStatusAtMs >= STATUS_MIN_INTERVAL_MS;
      if (!active) {
        if (!(lastWasStatus && !changed) && !(await writer.send([statusEvent(group)]))) return;
        writer.end();
        return;
      }
      if (changed && due) {
        lastWasStatus = true;
        if (!(await writer.send([statusEvent(group)]))) return;
      } else if (changed && !statusTimer) {
        statusTimer = setTimeout(() => {
          statusTimer = null;
          void pump();
        }, STATUS_MIN_INTERVAL_MS);
      }
    } while (again && !writer.isClosed);
    pumping = false;
  };

  const unsubscribe = ctx.notifier.subscribe(groupSeq, () => void pump());
  const deadline = setTimeout(() => writer.end(), Math.min(timeout.value ?? MAX_STREAM_S, MAX_STREAM_S) * 1_000);
  writer.onClose(() => {
    unsubscribe();
    clearTimeout(deadline);
    if (statusTimer) clearTimeout(statusTimer);
  });
  if (cursor.value === null) {
    lastWasStatus = true;
    if (!(await writer.send([statusEvent(initial)]))) return;
  }
  await pump();
}

function statusKey(g: GroupRow): string {
  return `${g.num_runs}:${RUN_STATUSES.map((s) => g[`n_${s}`]).join(":")}`;
}
