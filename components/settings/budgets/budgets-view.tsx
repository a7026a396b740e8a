"use client";

import { useBudgets, useSetBudget } from "../../../lib/client/spend-queries";
import { ErrorPanel } from "../../ui/error-panel";
import { QueryPending } from "../../ui/query-pending";
import { Table, TBody, TD, TH, THead, TR } from "../../ui/table";
import { SettingsSection } from "../settings-section";
import { BudgetForm } from "./budget-form";

/** The team's monthly budget and each member's monthly cap; add-runs calls beyond either are refused (402). */
export function BudgetsView() {
  const budgets = useBudgets();
  const setBudget = useSetBudget();
  if (!budgets.isSuccess) return <QueryPending query={budgets} what="budgets" />;
  return (
    <div className="space-y-4" data-testid="budgets-view">
      <h1 className="text-xl font-semibold tracking-tight">Budgets</h1>
      {setBudget.isError && <ErrorPanel error={setBudget.error} action="save the budget" />}
      <SettingsSection
        title="Team budget"
        description="What the whole team may spend per calendar month (UTC). Runs that would go over it are refused before they reach Parallel."
      >
        <BudgetForm
          label="Team monthly budget"
          monthlyUsd={budgets.data.teamMonthlyUsd}
          busy={setBudget.isPending}
          onSave={(monthlyUsd) => setBudget.mutate({ monthlyUsd })}
          testId="team-budget"
        />
      </SettingsSection>
      <SettingsSection
        title="Member caps"
        description="What each member may spend per month, through the console, the SDK or a retry. Empty: no cap."
      >
        <Table className="w-full">
          <THead>
            <tr>
              <TH>Member</TH>
              <TH>Role</TH>
              <TH>Monthly cap</TH>
            </tr>
          </THead>
          <TBody>
            {budgets.data.members.map((member) => (
              <TR key={member.id} data-testid="member-cap-row" data-email={member.email}>
                <TD>
                  <div className="font-medium">{member.name}</div>
                  <div className="text-fg-muted">{member.email}</div>
                </TD>
                <TD>{member.role}</TD>
                <TD>
                  <BudgetForm
                    label={`Monthly cap of ${member.email}`}
                    monthlyUsd={member.monthlyUsd}
                    busy={setBudget.isPending}
                    onSave={(monthlyUsd) => setBudget.mutate({ memberId: member.id, monthlyUsd })}
                    testId="member-cap"
                  />
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </SettingsSection>
    </div>
  );
}
