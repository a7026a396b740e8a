"use client";

import { useQueryClient, type Query, type QueryClient } from "@tanstack/react-query";
import type { TaskGroupStatus, TaskGroupStatusEvent, TaskRun, TaskRunEvent } from "../parallel/types";
import { groupEventsUrl } from "../contracts/group-events";
import { type EventSourceConnection, useEventSource } from "./use-event-source";
import { groupKeys, withStatus, type GroupEntry, type GroupHistory, type GroupsPage } from "./group-queries";

/**
 * Events are buffered and applied to the query cache at most this often, one write per query per
 * flush: at 100 events per second the page re-renders four times a second, not a hundred.
 */
export const EVENTS_FLUSH_INTERVAL_MS = 250;
// Live samples appended in the browser; beyond this the older half is thinned so charts stay cheap.
const MAX_HISTORY_SAMPLES = 2_000;

export type GroupEventsConnection = EventSourceConnection;

export interface PendingGroupEvents {
  status: TaskGroupStatus | null;
  samples: GroupHistory["samples"];
  runs: Map<string, TaskRun>;
}

/**
 * The one live feed of a group for the whole page: `EventSource(/api/groups/{id}/events)` while the
 * group is active, written into the React Query cache (group, history, list rows, runs-table pages).
 * Components read those queries; they never open a stream of their own.
 *
 * `active` is the group's `is_active` as the page knows it: the stream is opened while it is true
 * and closed once the final (inactive) status arrived, which flips it to false through the cache.
 */
export function useGroupEvents(groupId: string, active: boolean): GroupEventsConnection {
  const queryClient = useQueryClient();
  return useEventSource(active ? groupEventsUrl({ id: groupId }) : null, (stream) => {
    let flushTimer: ReturnType<typeof setTimeout> | null = null;
    const pending: PendingGroupEvents = { status: null, samples: [], runs: new Map() };
    const flush = () => {
      if (flushTimer) clearTimeout(flushTimer);
      flushTimer = null;
      applyPending(queryClient, groupId, pending);
    };
    const scheduleFlush = () => {
      flushTimer ??= setTimeout(flush, EVENTS_FLUSH_INTERVAL_MS);
    };
    return {
      events: {
        task_group_status: (data) => {
          const event = parse<TaskGroupStatusEvent>(data);
          if (!event?.status) return;
          pending.status = event.status;
          pending.samples.push({
            at_ms: Date.now(),
            num_runs: event.status.num_task_runs,
            counts: event.status.task_run_status_counts ?? {},
          });
          if (!event.status.is_active) {
            // The final status: the server closes the stream now; stop the browser from reconnecting.
            stream.close();
            flush();
            return;
          }
          scheduleFlush();
        },
        "task_run.state": (data) => {
          const event = parse<TaskRunEvent>(data);
          if (!event?.run) return;
          pending.runs.set(event.run.run_id, event.run);
          scheduleFlush();
        },
      },
      // The server's own `error` event: its upstream stream failed for good (upstream down longer than
      // the gateway retries). Resuming from Last-Event-ID would only meet the same failure at the
      // browser's fixed pace, so start over with the backoff until upstream is back.
      onServerError: () => "retry",
      // Back after a reconnect that starts from the latest status: what happened meanwhile (runs
      // finished, runs added) is only in the server's data, so the page reads it again.
      onResumedAfterGap: () => {
        void queryClient.invalidateQueries({ queryKey: groupKeys.group(groupId) });
        void queryClient.invalidateQueries({ queryKey: groupKeys.history(groupId) });
        void queryClient.invalidateQueries({ queryKey: groupKeys.allRuns(groupId) });
      },
      onStop: flush,
    };
  });
}

function parse<T>(data: string): T | null {
  try {
    return JSON.parse(data) as T;
  } catch {
    return null;
  }
}

/** Writes the buffered events into the query cache (one write per query) and empties the buffer. */
export function applyPending(queryClient: QueryClient, groupId: string, pending: PendingGroupEvents): void {
  const { status, samples, runs } = pending;
  if (status) {
    queryClient.setQueryData<GroupEntry>(groupKeys.group(groupId), (old) => (old ? withStatus(old, status) : old));
    queryClient.setQueriesData<GroupsPage>({ queryKey: groupKeys.allLists }, (page) =>
      page?.items.some((g) => g.taskgroup_id === groupId)
        ? { ...page, items: page.items.map((g) => (g.taskgroup_id === groupId ? withStatus(g, status) : g)) }
        : page,
    );
  }
  if (samples.length > 0) {
    queryClient.setQueryData<GroupHistory>(groupKeys.history(groupId), (old) =>
      old ? { ...old, samples: capSamples([...old.samples, ...samples]) } : old,
    );
  }
  if (runs.size > 0) patchRunPages(queryClient, groupId, runs);
  pending.status = null;
  pending.samples = [];
  pending.runs = new Map();
}

function capSamples(samples: GroupHistory["samples"]): GroupHistory["samples"] {
  if (samples.length <= MAX_HISTORY_SAMPLES) return samples;
  const half = Math.floor(samples.length / 2);
  return [...samples.slice(0, half).filter((_, i) => i % 2 === 0), ...samples.slice(half)];
}

interface RunItem {
  run: TaskRun;
  output?: unknown;
}
interface RunsPageLike {
  items: RunItem[];
}

function patchRunPages(queryClient: QueryClient, groupId: string, runs: Map<string, TaskRun>): void {
  const needsOutput = new Set<Query>();
  for (const query of queryClient.getQueryCache().findAll({ queryKey: groupKeys.allRuns(groupId) })) {
    const page = query.state.data as RunsPageLike | undefined;
    if (!Array.isArray(page?.items)) continue;
    let changed = false;
    const items = page.items.map((item) => {
      const next = runs.get(item.run.run_id);
      if (!next || !isNewer(next, item.run)) return item;
      changed = true;
      if (next.status === "completed" && !item.output && wantsOutput(query.queryKey[2])) needsOutput.add(query);
      return { ...item, run: next };
    });
    if (changed) queryClient.setQueryData(query.queryKey, { ...page, items });
  }
  for (const query of needsOutput) {
    // A refetch already in flight is kept, so a steady stream of finishes cannot starve the page.
    void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true }, { cancelRefetch: false });
  }
}

function isNewer(next: TaskRun, current: TaskRun): boolean {
  if (next.status === current.status && next.modified_at === current.modified_at) return false;
  if (!next.modified_at || !current.modified_at) return true;
  return Date.parse(next.modified_at) >= Date.parse(current.modified_at);
}

function wantsOutput(params: unknown): boolean {
  const fields = (params as { fields?: unknown } | null | undefined)?.fields;
  if (typeof fields === "string") return fields.split(",").some((f) => f.trim() === "output");
  return Array.isArray(fields) && fields.includes("output");
}
