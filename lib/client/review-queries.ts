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
import { getJson, sendJson } from "./fetch-json";
import { reviewKeys } from "./query-keys";
import { INGESTION_POLL_MS } from "./run-queries";
import { useRefetchingMutation } from "./use-refetching-mutation";

export function useReviewQueue(groupId: string, query: ReviewQuery) {
  return useQuery({
    queryKey: reviewKeys.page(groupId, query),
    queryFn: getJson<ReviewPage>(groupReviewUrl({ id: groupId }, query)),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data && !q.state.data.final ? INGESTION_POLL_MS : false),
  });
}

/** Stores a decision, then re-reads the queue (its progress and the item's decision). */
export function useReviewDecision(groupId: string) {
  return useRefetchingMutation(
    (body: ReviewDecisionBody) => sendJson<ReviewDecisionRecord>("POST", groupReviewDecisionsUrl({ id: groupId }), body),
    reviewKeys.all(groupId),
  );
}
