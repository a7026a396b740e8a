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
import { fetchJson } from "./fetch-json";
import { useRefetchingMutation } from "./use-refetching-mutation";

/** How often an open page looks for new alerts in the history (the watcher ticks on the server). */
export const ALERT_HISTORY_POLL_MS = 5_000;

export const alertKeys = {
  all: ["alerts"] as const,
  rules: (groupId: string | null) => ["alerts", "rules", groupId] as const,
  destinations: ["alerts", "destinations"] as const,
  history: (groupId: string | null) => ["alerts", "history", groupId] as const,
};

/** A group's own rules and the team-wide defaults; every rule when `groupId` is null. */
export function useAlertRules(groupId: string | null) {
  return useQuery({
    queryKey: alertKeys.rules(groupId),
    queryFn: ({ signal }) => fetchJson<{ items: AlertRuleView[] }>(alertRulesUrl(groupId ? { groupId } : {}), { signal }),
  });
}

export function useAlertDestinations() {
  return useQuery({
    queryKey: alertKeys.destinations,
    queryFn: ({ signal }) => fetchJson<{ items: AlertDestinationView[] }>("/api/alerts/destinations", { signal }),
  });
}

export function useAlertHistory(groupId: string | null) {
  return useQuery({
    queryKey: alertKeys.history(groupId),
    queryFn: ({ signal }) => fetchJson<{ items: AlertFiringView[] }>(alertHistoryUrl(groupId ?? undefined), { signal }),
    refetchInterval: ALERT_HISTORY_POLL_MS,
  });
}

function useAlertMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  return useRefetchingMutation(mutationFn, alertKeys.all);
}

export function useCreateAlertRule() {
  return useAlertMutation((body: CreateAlertRuleBody) =>
    fetchJson<AlertRuleView>("/api/alerts/rules", { method: "POST", body: JSON.stringify(body) }),
  );
}

export function useUpdateAlertRule() {
  return useAlertMutation(({ id, body }: { id: string; body: UpdateAlertRuleBody }) =>
    fetchJson<AlertRuleView>(`/api/alerts/rules/${encodeURIComponent(id)}`, { method: "PATCH", body: JSON.stringify(body) }),
  );
}

export function useDeleteAlertRule() {
  return useAlertMutation((id: string) => fetchJson<void>(`/api/alerts/rules/${encodeURIComponent(id)}`, { method: "DELETE" }));
}

export function useCreateAlertDestination() {
  return useAlertMutation((body: CreateAlertDestinationBody) =>
    fetchJson<CreatedAlertDestination>("/api/alerts/destinations", { method: "POST", body: JSON.stringify(body) }),
  );
}

export function useDeleteAlertDestination() {
  return useAlertMutation((id: string) => fetchJson<void>(`/api/alerts/destinations/${encodeURIComponent(id)}`, { method: "DELETE" }));
}

/** Not cached: each press sends a test alert and shows its own result. */
export function useTestAlertDestination() {
  return useMutation({
    mutationFn: (id: string) =>
      fetchJson<AlertTestResult>(`/api/alerts/destinations/${encodeURIComponent(id)}/test`, { method: "POST", body: "{}" }),
  });
}
