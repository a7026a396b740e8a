"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { fetchJson } from "../../lib/client/fetch-json";
import { groupRunsPath } from "../../lib/client/gateway-paths";
import { groupKeys, type GroupEntry } from "../../lib/client/group-queries";
import { newIdempotencyKey } from "../../lib/client/idempotency-key";
import type { TaskGroupRunResponse } from "../../lib/parallel/types";
import { DEMO_GROUP_NAME, demoGroupRequest } from "./demo-group";

/** Creates a named group and adds the demo runs to it through the console's API proxy. */
export function useCreateDemoGroup() {
  const queryClient = useQueryClient();
  // Kept until a demo group is made, so clicking again after a failure cannot create a second group.
  const idempotencyKey = useRef<string | null>(null);
  return useMutation({
    mutationFn: async (): Promise<GroupEntry> => {
      idempotencyKey.current ??= newIdempotencyKey();
      const group = await fetchJson<GroupEntry>("/api/groups", {
        method: "POST",
        headers: { "idempotency-key": idempotencyKey.current },
        body: JSON.stringify({ metadata: { name: DEMO_GROUP_NAME } }),
      });
      await fetchJson<TaskGroupRunResponse>(groupRunsPath(group.taskgroup_id), {
        method: "POST",
        body: JSON.stringify(demoGroupRequest()),
      });
      return group;
    },
    onSuccess: (group) => {
      idempotencyKey.current = null;
      void queryClient.invalidateQueries({ queryKey: groupKeys.allLists });
      void queryClient.invalidateQueries({ queryKey: groupKeys.group(group.taskgroup_id) });
    },
  });
}
