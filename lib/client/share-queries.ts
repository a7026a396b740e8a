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
import { deleteAt, getJson, sendJson } from "./fetch-json";
import { shareKeys } from "./query-keys";
import { useRefetchingMutation } from "./use-refetching-mutation";
import { INGESTION_POLL_MS } from "./run-queries";

/** Rows a share page shows at a time. */
export const SHARED_RUNS_PAGE_SIZE = 50;

/** The group's share links, for its page. */
export function useShareLinks(groupId: string) {
  return useQuery({
    queryKey: shareKeys.links(groupId),
    queryFn: getJson<{ items: ShareLinkSummary[] }>(groupSharesUrl({ id: groupId })),
  });
}

export function useCreateShareLink(groupId: string) {
  return useRefetchingMutation(
    (body: CreateShareLinkBody) => sendJson<CreatedShareLink>("POST", groupSharesUrl({ id: groupId }), body),
    shareKeys.links(groupId),
  );
}

export function useRevokeShareLink(groupId: string) {
  return useRefetchingMutation(
    (shareId: string) => deleteAt<ShareLinkSummary>(groupShareUrl({ id: groupId }, shareId)),
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
    queryFn: getJson<SharedGroup>(sharedGroupUrl(token)),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/** A page of the shared group's runs, with inputs and outputs when the link includes them. */
export function useSharedRuns(token: string, page: number, includesData: boolean) {
  return useQuery({
    queryKey: shareKeys.runs(token, page),
    queryFn: getJson<RunsPage>(
      `${sharedGroupUrl(token)}/runs${searchOf({
        limit: SHARED_RUNS_PAGE_SIZE,
        offset: (page - 1) * SHARED_RUNS_PAGE_SIZE,
        fields: includesData ? "input,output" : null,
      })}`,
    ),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data && !query.state.data.ingestion.complete ? INGESTION_POLL_MS : false),
  });
}
