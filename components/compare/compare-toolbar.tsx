"use client";

import { useState } from "react";
import { compareQueryOf, type CompareView } from "../../lib/client/compare-view-params";
import { compareExportUrl } from "../../lib/contracts/compare";
import { buttonClass } from "../ui/button";
import { ChoiceOptions } from "../ui/choice-options";
import { CopyButton } from "../ui/copy-button";
import { Input, LABEL, Select } from "../ui/input";
import { groupLabel } from "./compare-format";

export interface CompareToolbarProps {
  view: CompareView;
  fields: readonly string[];
  groupCount: number;
  onChange: (change: Partial<Pick<CompareView, "match" | "by" | "show" | "field" | "low">>) => void;
}

/** How rows are matched and which are shown; share and export. Every choice is in the URL. */
export function CompareToolbar({ view, fields, groupCount, onChange }: CompareToolbarProps) {
  const [by, setBy] = useState(view.by);
  return (
    <div className="flex flex-wrap items-end gap-3" data-testid="compare-toolbar">
      <label className="text-sm">
        <span className={LABEL}>Match rows by</span>
        <Select
          value={view.match}
          onChange={(event) => onChange({ match: event.target.value as CompareView["match"] })}
          data-testid="compare-match"
        >
          <option value="source">Source run (a sample and its origin)</option>
          <option value="row">Upload row</option>
          <option value="field">An input field</option>
        </Select>
      </label>
      {view.match === "field" && (
        <form
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            onChange({ by: by.trim() });
          }}
        >
          <label className="text-sm">
            <span className={LABEL}>Input field</span>
            <Input value={by} onChange={(event) => setBy(event.target.value)} placeholder="company" data-testid="compare-by" />
          </label>
          <button type="submit" className={buttonClass()}>
            Match
          </button>
        </form>
      )}
      <label className="text-sm">
        <span className={LABEL}>Show</span>
        <Select
          value={view.show}
          onChange={(event) => onChange({ show: event.target.value as CompareView["show"] })}
          data-testid="compare-show"
        >
          <option value="all">All matched rows</option>
          <option value="disagreements">Disagreements only</option>
        </Select>
      </label>
      <label className="text-sm">
        <span className={LABEL}>Field</span>
        <Select value={view.field} onChange={(event) => onChange({ field: event.target.value })} data-testid="compare-field">
          <option value="">Every field</option>
          <ChoiceOptions choices={fields} />
        </Select>
      </label>
      <label className="text-sm">
        <span className={LABEL}>Low confidence</span>
        <Select
          value={view.low === null ? "" : String(view.low)}
          onChange={(event) => onChange({ low: event.target.value === "" ? null : Number(event.target.value) })}
          data-testid="compare-low"
        >
          <option value="">Any confidence</option>
          {Array.from({ length: groupCount }, (_, index) => (
            <option key={index} value={index}>
              Low in {groupLabel(index)}
            </option>
          ))}
        </Select>
      </label>
      <div className="ml-auto flex gap-2">
        <CopyButton value={() => window.location.href} label="Copy a link to this comparison">
          Copy link
        </CopyButton>
        <a href={compareExportUrl(compareQueryOf(view))} className={buttonClass()} download data-testid="compare-export">
          Export CSV
        </a>
      </div>
    </div>
  );
}
