"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  groupReviewDecisionsUrl,
  groupReviewUrl,
  type ReviewDecisionBody,
  type ReviewDecisionRecord,
  type ReviewPage,
  type ReviewQuery,
} from "../contracts/group-review";
import { fetchJson } from "./fetch-json";
import { useRefetchingMutation } from "./use-refetching-mutation";

/** While the group's runs are still being cached, the queue is re-read this often. */
export const REVIEW_POLL_MS = 2_000;

export const reviewKeys = {
  all: (groupId: string) => ["review", groupId] as const,
  page: (groupId: string, query: ReviewQuery) => ["review", groupId, query] as const,
};

export function useReviewQueue(groupId: string, query: ReviewQuery) {
  return useQuery({
    queryKey: reviewKeys.page(groupId, query),
    queryFn: ({ signal }) => fetchJson<ReviewPage>(groupReviewUrl({ id: groupId }, query), { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data && !q.state.data.final ? REVIEW_POLL_MS : false),
  });
}

/** Stores a decision, then re-reads the queue (its progress and the item's decision). */
export function useReviewDecision(groupId: string) {
  return useRefetchingMutation(
    (body: ReviewDecisionBody) =>
      fetchJson<ReviewDecisionRecord>(groupReviewDecisionsUrl({ id: groupId }), { method: "POST", body: JSON.stringify(body) }),
    reviewKeys.all(groupId),
  );
}
