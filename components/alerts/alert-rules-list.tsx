"use client";

import { useState } from "react";
import { useDeleteAlertRule } from "../../lib/client/alert-queries";
import { describeCondition, type AlertDestinationView, type AlertRuleView } from "../../lib/contracts/alerts";
import { useRoleGate } from "../member/member-context";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { DangerActionButton, mutateOnClick } from "../ui/card-table";
import { ErrorPanel } from "../ui/error-panel";
import { AlertRuleForm } from "./alert-rule-form";

/** Rules with their destinations; operators edit and delete those `editableGroupId` owns (a group's own, or the team's when null). */
export function AlertRulesList({
  rules,
  destinations,
  editableGroupId,
}: {
  rules: AlertRuleView[];
  destinations: AlertDestinationView[];
  editableGroupId: string | null;
}) {
  const operator = useRoleGate("operator");
  const remove = useDeleteAlertRule();
  const [editing, setEditing] = useState<string | null>(null);
  const nameOf = (id: string) => destinations.find((d) => d.id === id)?.name ?? "(deleted)";

  if (rules.length === 0) return <p className="text-sm text-fg-muted">No alert rule yet.</p>;
  return (
    <div className="space-y-2">
      {remove.error && <ErrorPanel error={remove.error} action="delete the rule" />}
      <ul className="divide-y divide-line rounded-md border border-line" data-testid="alert-rules">
        {rules.map((rule) => {
          const own = rule.groupId === editableGroupId;
          return (
            <li key={rule.id} className="space-y-2 px-3 py-2" data-testid="alert-rule" data-kind={rule.condition.kind}>
              <div className="flex flex-wrap items-center gap-2">
                <span className="text-sm font-medium">{describeCondition(rule.condition)}</span>
                {rule.groupId === null && <Badge tone="accent">team default</Badge>}
                <span className="text-sm text-fg-muted">→ {rule.destinationIds.map(nameOf).join(", ")}</span>
                {operator.allowed && own && editing !== rule.id && (
                  <span className="ml-auto flex gap-2">
                    <Button type="button" size="sm" onClick={() => setEditing(rule.id)} data-testid="edit-alert-rule">
                      Edit
                    </Button>
                    <DangerActionButton {...mutateOnClick(remove, rule.id)} data-testid="delete-alert-rule">
                      Delete
                    </DangerActionButton>
                  </span>
                )}
              </div>
              {editing === rule.id && (
                <AlertRuleForm groupId={rule.groupId} destinations={destinations} editing={rule} onDone={() => setEditing(null)} />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
