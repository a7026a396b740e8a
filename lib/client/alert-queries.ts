"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import {
  alertHistoryUrl,
  alertRulesUrl,
  type AlertDestinationView,
  type AlertFiringView,
  type AlertRuleView,
  type AlertTestResult,
  type CreateAlertDestinationBody,
  type CreateAlertRuleBody,
  type CreatedAlertDestination,
  type UpdateAlertRuleBody,
} from "../contracts/alerts";
import { deleteAt, getJson, sendJson } from "./fetch-json";
import { alertKeys } from "./query-keys";
import { useRefetchingMutation } from "./use-refetching-mutation";

/** How often an open page looks for new alerts in the history (the watcher ticks on the server). */
export const ALERT_HISTORY_POLL_MS = 5_000;

/** A group's own rules and the team-wide defaults; every rule when `groupId` is null. */
export function useAlertRules(groupId: string | null) {
  return useQuery({
    queryKey: alertKeys.rules(groupId),
    queryFn: getJson<{ items: AlertRuleView[] }>(alertRulesUrl(groupId ? { groupId } : {})),
  });
}

export function useAlertDestinations() {
  return useQuery({
    queryKey: alertKeys.destinations,
    queryFn: getJson<{ items: AlertDestinationView[] }>("/api/alerts/destinations"),
  });
}

export function useAlertHistory(groupId: string | null) {
  return useQuery({
    queryKey: alertKeys.history(groupId),
    queryFn: getJson<{ items: AlertFiringView[] }>(alertHistoryUrl(groupId ?? undefined)),
    refetchInterval: ALERT_HISTORY_POLL_MS,
  });
}

function useAlertMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  return useRefetchingMutation(mutationFn, alertKeys.all);
}

export function useCreateAlertRule() {
  return useAlertMutation((body: CreateAlertRuleBody) => sendJson<AlertRuleView>("POST", "/api/alerts/rules", body));
}

export function useUpdateAlertRule() {
  return useAlertMutation(({ id, body }: { id: string; body: UpdateAlertRuleBody }) =>
    sendJson<AlertRuleView>("PATCH", `/api/alerts/rules/${encodeURIComponent(id)}`, body),
  );
}

export function useDeleteAlertRule() {
  return useAlertMutation((id: string) => deleteAt(`/api/alerts/rules/${encodeURIComponent(id)}`));
}

export function useCreateAlertDestination() {
  return useAlertMutation((body: CreateAlertDestinationBody) =>
    sendJson<CreatedAlertDestination>("POST", "/api/alerts/destinations", body),
  );
}

export function useDeleteAlertDestination() {
  return useAlertMutation((id: string) => deleteAt(`/api/alerts/destinations/${encodeURIComponent(id)}`));
}

/** Not cached: each press sends a test alert and shows its own result. */
export function useTestAlertDestination() {
  return useMutation({
    mutationFn: (id: string) => sendJson<AlertTestResult>("POST", `/api/alerts/destinations/${encodeURIComponent(id)}/test`, {}),
  });
}
