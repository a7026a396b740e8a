import "server-only";
import { AppError } from "../http/app-error";
import type { ErrorEvent, TaskRunEvent } from "../parallel/types";
import { openOkUpstreamStream, openUpstreamStream } from "../parallel/upstream-stream.server";
import type { UpstreamTarget } from "../parallel/upstream-target";
import { resumableFrames } from "../sse/resumable-frames";

export interface ReadRunsStreamParams {
  target: UpstreamTarget;
  groupId: string;
  query: { include_input?: "true"; include_output?: "true"; status?: string };
  /** Resume after this event_id (null: from the first run). */
  lastEventId: string | null;
  signal: AbortSignal;
}

/**
 * The group's runs stream as arrays of `task_run.state` events, in stream order. A broken
 * connection is resumed from the last event_id (no gap, no duplicate); ends when the upstream
 * closes the stream after the last run. Throws the upstream's error (event or status) as an AppError.
 */
export async function* readRunsStream({
  target,
  groupId,
  query,
  lastEventId,
  signal,
}: ReadRunsStreamParams): AsyncGenerator<TaskRunEvent[]> {
  const path = `/tasks/groups/${encodeURIComponent(groupId)}/runs`;
  const withCursor = (cursor: string | null) => ({ ...query, last_event_id: cursor ?? undefined });
  const first = await openOkUpstreamStream({ target, path, query: withCursor(lastEventId), signal });

  const frames = resumableFrames(first, {
    reopen: (cursor, reopenSignal) => openUpstreamStream({ target, path, query: withCursor(cursor), signal: reopenSignal }),
    initialLastEventId: lastEventId,
    signal,
    // The runs stream ends by closing once every run was sent; a cut connection throws instead.
    isNormalEnd: () => true,
  });
  for await (const chunk of frames) {
    const events: TaskRunEvent[] = [];
    for (const event of chunk.events()) {
      const data = event.json as TaskRunEvent | ErrorEvent | null;
      if (data?.type === "error") {
        throw new AppError("upstream_error", `The upstream runs stream of ${groupId} failed: ${data.error.message}`, { upstream: data });
      }
      if (data?.type === "task_run.state") events.push(data);
    }
    if (events.length > 0) yield events;
  }
}
