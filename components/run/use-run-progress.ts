"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { runPath } from "../../lib/client/gateway-paths";
import { runKeys } from "../../lib/client/run-queries";
import {
  PROGRESS_MESSAGE_TYPES,
  type ErrorEvent,
  type TaskRun,
  type TaskRunEvent,
  type TaskRunProgressMessageEvent,
  type TaskRunProgressStatsEvent,
  type TaskRunResult,
} from "../../lib/parallel/types";

export type RunProgressConnection = "idle" | "connecting" | "open" | "reconnecting" | "done" | "failed";

export interface RunProgress {
  messages: TaskRunProgressMessageEvent[];
  stats: TaskRunProgressStatsEvent | null;
  connection: RunProgressConnection;
  /** The upstream's error event, if it sent one. */
  error: string | null;
}

const EMPTY: RunProgress = { messages: [], stats: null, connection: "idle", error: null };

/**
 * The live progress of an active run from its events stream (through the API proxy), kept in the
 * query cache under ["run-progress", runId]. The final `task_run.state` writes the run and its
 * result into their queries and closes the stream; the run queries are then re-read.
 */
export function useRunProgress(runId: string, active: boolean): RunProgress {
  const queryClient = useQueryClient();
  const key = runKeys.progress(runId);
  const { data } = useQuery({ queryKey: key, queryFn: () => EMPTY, initialData: EMPTY, staleTime: Infinity });

  useEffect(() => {
    if (!active) return;
    const update = (change: (p: RunProgress) => RunProgress) => queryClient.setQueryData<RunProgress>(key, (old) => change(old ?? EMPTY));
    let finished = false;
    const source = new EventSource(runPath(runId, "events"));
    update((p) => ({ ...p, connection: "connecting" }));

    source.addEventListener("open", () => {
      // The stream replays the whole trace on every connect (and reconnect): start it afresh.
      update((p) => ({ ...p, connection: "open", messages: [], stats: null, error: null }));
    });
    for (const type of PROGRESS_MESSAGE_TYPES) {
      source.addEventListener(type, (message) => {
        const event = parse<TaskRunProgressMessageEvent>(message.data);
        if (event) update((p) => ({ ...p, messages: [...p.messages, event] }));
      });
    }
    source.addEventListener("task_run.progress_stats", (message) => {
      const event = parse<TaskRunProgressStatsEvent>(message.data);
      if (event) update((p) => ({ ...p, stats: event }));
    });
    source.addEventListener("task_run.state", (message) => {
      const event = parse<TaskRunEvent>(message.data);
      if (!event?.run) return;
      queryClient.setQueryData<TaskRun>(runKeys.run(runId), event.run);
      if (event.run.is_active) return;
      finished = true;
      source.close();
      if (event.output) queryClient.setQueryData<TaskRunResult>(runKeys.result(runId), { run: event.run, output: event.output });
      update((p) => ({ ...p, connection: "done" }));
      void queryClient.invalidateQueries({ queryKey: runKeys.run(runId) });
    });
    // Both the connection's failures and the upstream's `error` events arrive under this name.
    source.addEventListener("error", (event) => {
      if (finished) return;
      const upstream = event instanceof MessageEvent ? parse<ErrorEvent>(event.data) : null;
      if (upstream?.error) {
        source.close();
        update((p) => ({ ...p, connection: "failed", error: upstream.error.message }));
        return;
      }
      const closed = source.readyState === EventSource.CLOSED;
      update((p) => ({ ...p, connection: closed ? "failed" : "reconnecting" }));
      // Whatever happened meanwhile, the run query knows; the page shows the output if it finished.
      if (closed) void queryClient.invalidateQueries({ queryKey: runKeys.run(runId) });
    });

    return () => {
      finished = true;
      source.close();
    };
    // `key` is derived from runId.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runId, active, queryClient]);

  return data;
}

function parse<T>(data: unknown): T | null {
  if (typeof data !== "string") return null;
  try {
    return JSON.parse(data) as T;
  } catch {
    return null;
  }
}
