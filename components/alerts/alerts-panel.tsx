"use client";

import { useAlertDestinations, useAlertHistory, useAlertRules } from "../../lib/client/alert-queries";
import { useRoleGate } from "../member/member-context";
import { ErrorPanel } from "../ui/error-panel";
import { Spinner } from "../ui/spinner";
import { AlertHistoryTable } from "./alert-history-table";
import { AlertRuleForm } from "./alert-rule-form";
import { AlertRulesList } from "./alert-rules-list";

/**
 * A group's alert rules (its own and the team defaults that apply) and its alert history, or with
 * `groupId` null the team-wide defaults and every group's history. Operators add, edit and delete.
 */
export function AlertsPanel({ groupId }: { groupId: string | null }) {
  const rules = useAlertRules(groupId);
  const destinations = useAlertDestinations();
  const history = useAlertHistory(groupId);
  const operator = useRoleGate("operator");
  const shown = groupId === null ? rules.data?.items.filter((rule) => rule.groupId === null) : rules.data?.items;

  return (
    <section aria-labelledby="alerts-heading" className="space-y-3" data-testid="alerts-panel">
      <h2 id="alerts-heading" className="text-lg font-semibold">
        {groupId === null ? "Team-wide alert rules" : "Alerts"}
      </h2>
      <p className="text-sm text-fg-muted">
        {groupId === null
          ? "Default rules apply to every group that has no rule of the same kind of its own."
          : "Checked on the server whether or not anyone has this page open; each alert is sent once."}
      </p>
      {rules.isPending || destinations.isPending ? (
        <Spinner label="Loading the alert rules" />
      ) : rules.isError ? (
        <ErrorPanel error={rules.error} action="load the alert rules" onRetry={() => void rules.refetch()} />
      ) : destinations.isError ? (
        <ErrorPanel error={destinations.error} action="load the alert destinations" onRetry={() => void destinations.refetch()} />
      ) : (
        <>
          <AlertRulesList rules={shown ?? []} destinations={destinations.data.items} editableGroupId={groupId} />
          {operator.allowed && <AlertRuleForm groupId={groupId} destinations={destinations.data.items} />}
        </>
      )}
      <h3 className="text-base font-semibold">History</h3>
      {history.isPending ? (
        <Spinner label="Loading the alert history" />
      ) : history.isError ? (
        <ErrorPanel error={history.error} action="load the alert history" onRetry={() => void history.refetch()} />
      ) : (
        <AlertHistoryTable firings={history.data.items} showGroup={groupId === null} />
      )}
    </section>
  );
}
