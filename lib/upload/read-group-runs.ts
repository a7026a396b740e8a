import { createParser } from "eventsource-parser";
import { groupRunsPath } from "../client/gateway-paths";
import type { ErrorEvent, TaskRunEvent } from "../parallel/types";

export interface ReadGroupRunsOptions {
  status?: string;
  includeInput?: boolean;
  /** Start after this runs-stream cursor (a `run_cursor` or an `event_id`); null: from the first run. */
  afterCursor?: string | null;
  signal?: AbortSignal;
  /** Called with each chunk's events, in stream order. */
  onEvents: (events: TaskRunEvent[]) => void;
}

const MAX_RECONNECTS = 5;

/**
 * Reads a group's runs stream through the console's gateway (the browser never calls Parallel) to
 * its end. A connection that breaks is resumed after the last event seen, so no run is missed or
 * read twice; an `error` event from upstream is thrown.
 */
export async function readGroupRuns(groupId: string, options: ReadGroupRunsOptions): Promise<void> {
  let cursor = options.afterCursor ?? null;
  for (let reconnects = 0; ; reconnects++) {
    const query = new URLSearchParams();
    if (options.status) query.set("status", options.status);
    if (options.includeInput) query.set("include_input", "true");
    if (cursor) query.set("last_event_id", cursor);
    let response: Response;
    try {
      response = await fetch(groupRunsPath(groupId, query), {
        headers: { accept: "text/event-stream" },
        signal: options.signal,
        cache: "no-store",
      });
    } catch (error) {
      if (options.signal?.aborted || reconnects >= MAX_RECONNECTS) throw error;
      continue;
    }
    if (!response.ok || !response.body) throw new Error(await describeFailure(response));

    let failure: ErrorEvent | null = null;
    let batch: TaskRunEvent[] = [];
    const parser = createParser({
      onEvent(message) {
        const data = JSON.parse(message.data) as TaskRunEvent | ErrorEvent;
        if (data.type === "error") failure = data;
        else if (data.type === "task_run.state") {
          batch.push(data);
          if (data.event_id) cursor = data.event_id;
        }
      },
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.feed(value);
        if (failure) throw new Error(`The runs stream failed: ${(failure as ErrorEvent).error.message}`);
        if (batch.length > 0) {
          options.onEvents(batch);
          batch = [];
        }
      }
      return;
    } catch (error) {
      if (failure || options.signal?.aborted || reconnects >= MAX_RECONNECTS) throw error;
      // The connection broke mid-stream: go on after the last run read.
    } finally {
      reader.releaseLock();
    }
  }
}

async function describeFailure(response: Response): Promise<string> {
  const text = await response.text().catch(() => "");
  try {
    const body = JSON.parse(text) as { error?: { message?: string } };
    if (body.error?.message) return `The runs stream answered ${response.status}: ${body.error.message}`;
  } catch {
    // not JSON
  }
  return `The runs stream answered ${response.status}`;
}

/** Row numbers of an upload's runs, from the runs stream. */
export async function readUploadRows(
  groupId: string,
  uploadId: string,
  afterCursor: string | null,
  signal?: AbortSignal,
): Promise<Set<number>> {
  const rows = new Set<number>();
  await readGroupRuns(groupId, {
    afterCursor,
    signal,
    onEvents(events) {
      for (const { run } of events) {
        if (run.metadata?.upload_id === uploadId) rows.add(Number(run.metadata.row));
      }
    },
  });
  return rows;
}
