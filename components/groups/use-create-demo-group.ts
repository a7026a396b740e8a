"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "../../lib/client/fetch-json";
import { groupKeys, type GroupEntry } from "../../lib/client/group-queries";
import type { TaskGroupRunResponse } from "../../lib/parallel/types";
import { DEMO_GROUP_NAME, demoGroupRequest } from "./demo-group";

/** Creates a named group and adds the demo runs to it through the console's API proxy. */
export function useCreateDemoGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<GroupEntry> => {
      const group = await fetchJson<GroupEntry>("/api/groups", {
        method: "POST",
        body: JSON.stringify({ metadata: { name: DEMO_GROUP_NAME } }),
      });
      const id = encodeURIComponent(group.taskgroup_id);
      await fetchJson<TaskGroupRunResponse>(`/api/parallel/v1beta/tasks/groups/${id}/runs`, {
        method: "POST",
        body: JSON.stringify(demoGroupRequest()),
      });
      return group;
    },
    onSuccess: (group) => {
      void queryClient.invalidateQueries({ queryKey: groupKeys.allLists });
      void queryClient.invalidateQueries({ queryKey: groupKeys.group(group.taskgroup_id) });
    },
  });
}
