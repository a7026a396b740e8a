"use client";

import { useState, type FormEvent } from "react";
import { useCreateAlertRule, useUpdateAlertRule } from "../../lib/client/alert-queries";
import {
  describeCondition,
  type AlertCondition,
  type AlertDestinationView,
  type AlertRuleKind,
  type AlertRuleView,
} from "../../lib/contracts/alerts";
import { FormField } from "../auth/form-field";
import { Button } from "../ui/button";
import { labelledChoices } from "../ui/choice-options";
import { ErrorPanel } from "../ui/error-panel";
import { Checkbox, HINT, LABEL } from "../ui/input";
import { SelectField } from "../ui/select-field";

const KIND_LABEL: Record<AlertRuleKind, string> = {
  finished: "Group finished",
  failure_rate: "Failure rate above",
  stalled: "No progress for",
  spend: "Spend above",
};

interface Thresholds {
  percent: string;
  minTerminalRuns: string;
  minutes: string;
  usd: string;
}

function thresholdsOf(condition: AlertCondition | undefined): Thresholds {
  return {
    percent: condition?.kind === "failure_rate" ? String(condition.percent) : "10",
    minTerminalRuns: condition?.kind === "failure_rate" ? String(condition.minTerminalRuns) : "20",
    minutes: condition?.kind === "stalled" ? String(condition.minutes) : "15",
    usd: condition?.kind === "spend" ? String(condition.usd) : "100",
  };
}

// Numbers go to the server as typed: its validation names the field when one is wrong.
function conditionOf(kind: AlertRuleKind, t: Thresholds): AlertCondition {
  switch (kind) {
    case "finished":
      return { kind };
    case "failure_rate":
      return { kind, percent: Number(t.percent), minTerminalRuns: Number(t.minTerminalRuns) };
    case "stalled":
      return { kind, minutes: Number(t.minutes) };
    case "spend":
      return { kind, usd: Number(t.usd) };
  }
}

/** Creates a rule (for one group, or a team-wide default when `groupId` is null), or edits `editing`. */
export function AlertRuleForm({
  groupId,
  destinations,
  editing,
  onDone,
}: {
  groupId: string | null;
  destinations: AlertDestinationView[];
  editing?: AlertRuleView;
  onDone?: () => void;
}) {
  const create = useCreateAlertRule();
  const update = useUpdateAlertRule();
  const [kind, setKind] = useState<AlertRuleKind>(editing?.condition.kind ?? "finished");
  const [thresholds, setThresholds] = useState<Thresholds>(() => thresholdsOf(editing?.condition));
  const [chosen, setChosen] = useState<string[]>(editing?.destinationIds ?? destinations.slice(0, 1).map((d) => d.id));
  const mutation = editing ? update : create;

  const set = (field: keyof Thresholds) => (value: string) => setThresholds((t) => ({ ...t, [field]: value }));
  const toggle = (id: string) => setChosen((ids) => (ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const condition = conditionOf(kind, thresholds);
    const done = { onSuccess: () => onDone?.() };
    if (editing) update.mutate({ id: editing.id, body: { condition, destinationIds: chosen } }, done);
    else create.mutate({ groupId, condition, destinationIds: chosen }, done);
  };

  if (destinations.length === 0) {
    return <p className="text-sm text-fg-muted">No alert destination yet: an admin adds them in Settings → Alerts.</p>;
  }
  return (
    <form onSubmit={submit} className="space-y-3" data-testid="alert-rule-form">
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          label="Alert when"
          {...labelledChoices(KIND_LABEL)}
          value={kind}
          onChange={setKind}
          disabled={Boolean(editing)}
          data-testid="alert-rule-kind"
        />
        {kind === "failure_rate" && (
          <>
            <NumberField label="Percent failed" value={thresholds.percent} onChange={set("percent")} testId="alert-rule-percent" />
            <NumberField
              label="Once terminal runs ≥"
              value={thresholds.minTerminalRuns}
              onChange={set("minTerminalRuns")}
              testId="alert-rule-min-runs"
            />
          </>
        )}
        {kind === "stalled" && (
          <NumberField label="Minutes" value={thresholds.minutes} onChange={set("minutes")} testId="alert-rule-minutes" />
        )}
        {kind === "spend" && <NumberField label="USD" value={thresholds.usd} onChange={set("usd")} testId="alert-rule-usd" />}
      </div>
      <fieldset className="space-y-1">
        <legend className={LABEL}>Send to</legend>
        <div className="flex flex-wrap gap-4">
          {destinations.map((destination) => (
            <label key={destination.id} className="flex items-center gap-2 text-sm">
              <Checkbox
                checked={chosen.includes(destination.id)}
                onChange={() => toggle(destination.id)}
                data-testid="alert-rule-destination"
              />
              {destination.name} <span className="text-fg-subtle">({destination.kind})</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex items-center gap-2">
        <Button type="submit" variant="primary" disabled={mutation.isPending} data-testid="save-alert-rule">
          {editing ? "Save rule" : "Add rule"}
        </Button>
        {editing && (
          <Button type="button" variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        )}
        <span className={HINT}>{describeCondition(conditionOf(kind, thresholds))}</span>
      </div>
      {mutation.error && <ErrorPanel error={mutation.error} action={editing ? "save the rule" : "add the rule"} />}
    </form>
  );
}

function NumberField({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
}) {
  return (
    <div className="w-36">
      <FormField label={label} type="number" step="any" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
    </div>
  );
}
