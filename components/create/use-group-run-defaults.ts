"use client";

import { useQuery } from "@tanstack/react-query";
import type { TaskRunInput } from "../../lib/parallel/types";
import { readGroupRuns } from "../../lib/upload/read-group-runs";

/**
 * The processor and task spec of a group's first run, to start "Add runs" from the same task.
 * Cheap: the runs stream is closed as soon as its first run arrives.
 */
export function useGroupRunDefaults(groupId: string | null) {
  return useQuery({
    queryKey: ["group-run-defaults", groupId],
    enabled: groupId !== null,
    staleTime: Infinity,
    retry: false,
    queryFn: async ({ signal }): Promise<TaskRunInput | null> => {
      const controller = new AbortController();
      signal.addEventListener("abort", () => controller.abort());
      let first: TaskRunInput | null = null;
      try {
        await readGroupRuns(groupId!, {
          includeInput: true,
          signal: controller.signal,
          onEvents(events) {
            first = events[0]?.input ?? null;
            controller.abort();
          },
        });
      } catch (error) {
        if (!controller.signal.aborted || signal.aborted) throw error;
      }
      return first;
    },
  });
}
