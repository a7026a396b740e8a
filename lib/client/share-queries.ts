"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { searchOf } from "../contracts/search-params";
import type { RunsPage } from "../contracts/group-runs";
import {
  groupSharesUrl,
  groupShareUrl,
  sharedGroupUrl,
  type CreatedShareLink,
  type CreateShareLinkBody,
  type SharedGroup,
  type ShareLinkSummary,
} from "../contracts/share-links";
import { fetchJson } from "./fetch-json";
import { useRefetchingMutation } from "./use-refetching-mutation";
import { INGESTION_POLL_MS } from "./run-queries";

export const shareKeys = {
  links: (groupId: string) => ["share-links", groupId] as const,
  group: (token: string) => ["shared-group", token] as const,
  runs: (token: string, page: number) => ["shared-runs", token, page] as const,
};

/** Rows a share page shows at a time. */
export const SHARED_RUNS_PAGE_SIZE = 50;

/** The group's share links, for its page. */
export function useShareLinks(groupId: string) {
  return useQuery({
    queryKey: shareKeys.links(groupId),
    queryFn: ({ signal }) => fetchJson<{ items: ShareLinkSummary[] }>(groupSharesUrl({ id: groupId }), { signal }),
  });
}

export function useCreateShareLink(groupId: string) {
  return useRefetchingMutation(
    (body: CreateShareLinkBody) =>
      fetchJson<CreatedShareLink>(groupSharesUrl({ id: groupId }), { method: "POST", body: JSON.stringify(body) }),
    shareKeys.links(groupId),
  );
}

export function useRevokeShareLink(groupId: string) {
  return useRefetchingMutation(
    (shareId: string) => fetchJson<ShareLinkSummary>(groupShareUrl({ id: groupId }, shareId), { method: "DELETE" }),
    shareKeys.links(groupId),
  );
}

/**
 * The shared group, read once per page (each read counts as an opening of the link); its live
 * stream keeps it current afterwards.
 */
export function useSharedGroup(token: string) {
  return useQuery({
    queryKey: shareKeys.group(token),
    queryFn: ({ signal }) => fetchJson<SharedGroup>(sharedGroupUrl(token), { signal }),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/** A page of the shared group's runs, with inputs and outputs when the link includes them. */
export function useSharedRuns(token: string, page: number, includesData: boolean) {
  return useQuery({
    queryKey: shareKeys.runs(token, page),
    queryFn: ({ signal }) =>
      fetchJson<RunsPage>(
        `${sharedGroupUrl(token)}/runs${searchOf({
          limit: SHARED_RUNS_PAGE_SIZE,
          offset: (page - 1) * SHARED_RUNS_PAGE_SIZE,
          fields: includesData ? "input,output" : null,
        })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data && !query.state.data.ingestion.complete ? INGESTION_POLL_MS : false),
  });
}
