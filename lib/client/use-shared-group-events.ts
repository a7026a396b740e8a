"use client";

import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { sharedGroupUrl, type SharedGroup } from "../contracts/share-links";
import type { TaskGroupStatus, TaskGroupStatusEvent } from "../parallel/types";
import { type EventSourceConnection, openEventStream } from "./open-event-stream";
import { shareKeys } from "./query-keys";

/** Run changes are gathered and the visible runs page re-read at most this often. */
export const SHARED_RUNS_REFRESH_MS = 2_000;

export interface SharedGroupLive {
  connection: EventSourceConnection;
  /** The link was revoked or expired while the page was open. */
  ended: boolean;
}

/**
 * The shared group's live feed while it is active: statuses into the shared group's query, run
 * changes as a re-read of the runs page. The server ends the stream with `share_ended` when the link
 * is revoked; a stream that cannot be opened again asks whether the link still opens.
 */
export function useSharedGroupEvents(token: string, active: boolean): SharedGroupLive {
  const queryClient = useQueryClient();
  const [connection, setConnection] = useState<EventSourceConnection>("idle");
  const [ended, setEnded] = useState(false);

  useEffect(() => {
    if (!active || ended) return;
    let refreshTimer: ReturnType<typeof setTimeout> | null = null;
    const refreshRuns = () => {
      refreshTimer ??= setTimeout(() => {
        refreshTimer = null;
        void queryClient.invalidateQueries({ queryKey: ["shared-runs", token] }, { cancelRefetch: false });
      }, SHARED_RUNS_REFRESH_MS);
    };
    const stop = openEventStream(
      `${sharedGroupUrl(token)}/events`,
      (stream) => ({
        events: {
          task_group_status: (data) => {
            const status = parseStatus(data);
            if (!status) return;
            applyStatus(queryClient, token, status);
            if (!status.is_active) {
              stream.close();
              refreshRuns();
            }
          },
          "task_run.state": refreshRuns,
          share_ended: () => {
            stream.close();
            setEnded(true);
          },
        },
        onServerError: () => "retry",
      }),
      {
        onConnection: setConnection,
        stopsForGood: async () => {
          const response = await fetch(`${sharedGroupUrl(token)}/runs?limit=1`, { headers: { accept: "application/json" } }).catch(
            () => null,
          );
          const gone = response?.status === 404 || response?.status === 410;
          if (gone) setEnded(true);
          return gone;
        },
      },
    );
    return () => {
      stop();
      if (refreshTimer) clearTimeout(refreshTimer);
    };
  }, [token, active, ended, queryClient]);

  return { connection: active && !ended ? connection : "closed", ended };
}

function parseStatus(data: string): TaskGroupStatus | null {
  try {
    return (JSON.parse(data) as TaskGroupStatusEvent).status ?? null;
  } catch {
    return null;
  }
}

function applyStatus(queryClient: QueryClient, token: string, status: TaskGroupStatus): void {
  const counts = status.task_run_status_counts ?? {};
  queryClient.setQueryData<SharedGroup>(shareKeys.group(token), (old) =>
    old
      ? {
          ...old,
          isActive: status.is_active,
          numRuns: status.num_task_runs,
          statusCounts: counts,
          statusMessage: status.status_message,
          samples: [...old.samples, { at_ms: Date.now(), num_runs: status.num_task_runs, counts }],
        }
      : old,
  );
}
