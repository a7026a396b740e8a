"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TaskGroupStatus } from "../parallel/types";
import { groupUrl as groupContractUrl } from "../contracts/group";
import { groupHistoryUrl, type GroupHistory, type StatusSample } from "../contracts/group-history";
import { groupImportUrl, type ImportGroupBody } from "../contracts/group-import";
import { groupsUrl, type GroupEntry, type GroupSort, type GroupsPage, type SortOrder } from "../contracts/groups";
import { fetchJson, getJson, sendJson } from "./fetch-json";
import { groupKeys } from "./query-keys";

// Query keys live in query-keys.ts, shared with the pages' server-side prefetch.
export { groupKeys };

export type { GroupEntry, GroupHistory, GroupSort, GroupsPage, SortOrder, StatusSample };

export interface GroupsListParams {
  q: string;
  sort: GroupSort;
  order: SortOrder;
  limit: number;
  cursor: string | null;
  /** `me`: only the groups the signed-in member created or imported; left out for anyone's. */
  added_by?: "me";
}

// While a visible group is active the list is refreshed this often.
export const ACTIVE_GROUPS_POLL_MS = 4_000;
// An idle group is re-read this often, so runs added from elsewhere (the API, another tab) reopen its live view.
export const IDLE_GROUP_POLL_MS = 15_000;
// At most this many active rows are refreshed from upstream per poll.
const MAX_ACTIVE_REFRESH = 12;

export function groupUrl(groupId: string): string {
  return groupContractUrl({ id: groupId });
}

export function fetchGroup(groupId: string, signal?: AbortSignal): Promise<GroupEntry> {
  return fetchJson<GroupEntry>(groupUrl(groupId), { signal });
}

/**
 * The list only knows what the registry last heard; a group nobody watches is not updated there.
 * So active rows on the visible page are re-read from upstream (which also refreshes the registry).
 */
async function fetchGroupsPage(params: GroupsListParams, signal: AbortSignal): Promise<GroupsPage> {
  const page = await fetchJson<GroupsPage>(groupsUrl(params), { signal });
  const active = page.items.filter((g) => g.is_active).slice(0, MAX_ACTIVE_REFRESH);
  if (active.length === 0) return page;
  const fresh = await Promise.all(active.map((g) => fetchGroup(g.taskgroup_id, signal).catch(() => null)));
  const byId = new Map(fresh.filter((g): g is GroupEntry => g !== null).map((g) => [g.taskgroup_id, g]));
  return { ...page, items: page.items.map((g) => byId.get(g.taskgroup_id) ?? g) };
}

export function useGroups(params: GroupsListParams) {
  return useQuery({
    queryKey: groupKeys.list(params),
    queryFn: ({ signal }) => fetchGroupsPage(params, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some((g) => g.is_active) ? ACTIVE_GROUPS_POLL_MS : false),
  });
}

export function useGroup(groupId: string) {
  return useQuery({
    queryKey: groupKeys.group(groupId),
    queryFn: ({ signal }) => fetchGroup(groupId, signal),
    // While active the SSE stream keeps the entry current; polling is only for an idle group.
    refetchInterval: (query) => (query.state.data && !query.state.data.is_active ? IDLE_GROUP_POLL_MS : false),
  });
}

export function useGroupHistory(groupId: string, enabled = true) {
  return useQuery({
    queryKey: groupKeys.history(groupId),
    queryFn: getJson<GroupHistory>(groupHistoryUrl({ id: groupId })),
    enabled,
    // Live samples are appended by the SSE hook; a refetch would only replace them with the server's copy.
    staleTime: Infinity,
  });
}

export function useRenameGroup(groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string | null) => sendJson<GroupEntry>("PATCH", groupUrl(groupId), { name }),
    onSuccess: (entry) => {
      queryClient.setQueryData(groupKeys.group(groupId), entry);
      void queryClient.invalidateQueries({ queryKey: groupKeys.allLists });
    },
  });
}

/** Opens a group by id or pasted link: the console checks it upstream and remembers it. */
export function useImportGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reference: string) => {
      const text = reference.trim();
      const body: ImportGroupBody = /^tgrp_/.test(text) ? { id: text } : { url: text };
      return sendJson<GroupEntry>("POST", groupImportUrl(), body);
    },
    onSuccess: (entry) => {
      queryClient.setQueryData(groupKeys.group(entry.taskgroup_id), entry);
      void queryClient.invalidateQueries({ queryKey: groupKeys.allLists });
    },
  });
}

/** The group fields a live `task_group_status` replaces. */
export function withStatus(entry: GroupEntry, status: TaskGroupStatus): GroupEntry {
  return {
    ...entry,
    status,
    is_active: status.is_active,
    num_runs: status.num_task_runs,
    status_counts: status.task_run_status_counts ?? {},
  };
}
