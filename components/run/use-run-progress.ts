"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { runPath } from "../../lib/client/gateway-paths";
import { runKeys } from "../../lib/client/run-queries";
import { useEventSource } from "../../lib/client/use-event-source";
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

/** What the query cache keeps: the connection itself is the hook's, except once the stream is over. */
interface StoredProgress {
  messages: TaskRunProgressMessageEvent[];
  stats: TaskRunProgressStatsEvent | null;
  error: string | null;
  ended: "done" | "failed" | null;
}

const EMPTY: StoredProgress = { messages: [], stats: null, error: null, ended: null };

/**
 * The live progress of an active run from its events stream (through the API proxy), kept in the
 * query cache under ["run-progress", runId]. The final `task_run.state` writes the run and its
 * result into their queries and closes the stream; the run queries are then re-read.
 */
export function useRunProgress(runId: string, active: boolean): RunProgress {
  const queryClient = useQueryClient();
  const key = runKeys.progress(runId);
  const { data } = useQuery({ queryKey: key, queryFn: () => EMPTY, initialData: EMPTY, staleTime: Infinity });
  const update = (change: (p: StoredProgress) => StoredProgress) =>
    queryClient.setQueryData<StoredProgress>(key, (old) => change(old ?? EMPTY));

  const stream = useEventSource(active ? runPath(runId, "events") : null, (stream) => {
    const addMessage = (data: string) => {
      const event = parse<TaskRunProgressMessageEvent>(data);
      if (event) update((p) => ({ ...p, messages: [...p.messages, event] }));
    };
    return {
      events: {
        ...Object.fromEntries(PROGRESS_MESSAGE_TYPES.map((type) => [type, addMessage])),
        "task_run.progress_stats": (data) => {
          const event = parse<TaskRunProgressStatsEvent>(data);
          if (event) update((p) => ({ ...p, stats: event }));
        },
        "task_run.state": (data) => {
          const event = parse<TaskRunEvent>(data);
          if (!event?.run) return;
          queryClient.setQueryData<TaskRun>(runKeys.run(runId), event.run);
          if (event.run.is_active) return;
          stream.close();
          if (event.output) queryClient.setQueryData<TaskRunResult>(runKeys.result(runId), { run: event.run, output: event.output });
          update((p) => ({ ...p, ended: "done" }));
          void queryClient.invalidateQueries({ queryKey: runKeys.run(runId) });
        },
      },
      // The stream replays the whole trace on every connect (and reconnect): start it afresh.
      onOpen: () => update((p) => ({ ...p, messages: [], stats: null, error: null, ended: null })),
      onServerError: (data) => {
        const upstream = parse<ErrorEvent>(data);
        update((p) => ({ ...p, ended: "failed", error: upstream?.error?.message ?? data }));
        return "close";
      },
      // Whatever happened while the stream was down, the run query knows; the page shows the output if it finished.
      onResumedAfterGap: () => void queryClient.invalidateQueries({ queryKey: runKeys.run(runId) }),
    };
  });

  const connection: RunProgressConnection = data.ended ?? (active && stream !== "closed" ? stream : "idle");
  return { messages: data.messages, stats: data.stats, error: data.error, connection };
}

function parse<T>(data: string): T | null {
  try {
    return JSON.parse(data) as T;
  } catch {
    return null;
  }
}
