"use client";

import type { SourceInfo } from "../../lib/upload/draft";
import type { SourceFormat } from "../../lib/upload/types";
import { formatMegabytes } from "../../lib/upload/parse-source";
import { Button } from "../ui/button";
import { ChoiceOptions, labelledChoices } from "../ui/choice-options";
import { Checkbox, Select } from "../ui/input";

const FORMAT_LABELS: Record<SourceFormat, string> = {
  csv: "CSV",
  tsv: "TSV (tab-separated)",
  json: "JSON array",
  jsonl: "JSON Lines",
};

export interface SourceBarProps {
  source: SourceInfo;
  /** The format the worker read (detected or chosen). */
  detected: SourceFormat | null;
  format: SourceFormat | null;
  hasHeader: boolean;
  onFormat: (format: SourceFormat | null) => void;
  onHasHeader: (hasHeader: boolean) => void;
  onRemove: () => void;
  /** How long the worker took to read it (shown as a tooltip; tests read it). */
  parseMs: number | null;
}

/** Which source is loaded, how it is read, and a way to remove it. */
export function SourceBar({ source, detected, format, hasHeader, onFormat, onHasHeader, onRemove, parseMs }: SourceBarProps) {
  const shown = format ?? detected;
  return (
    <div
      className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md bg-canvas px-3 py-2 text-sm"
      data-testid="source-bar"
      data-parse-ms={parseMs ?? undefined}
      title={parseMs === null ? undefined : `Read in ${(parseMs / 1_000).toFixed(1)} s`}
    >
      <span className="font-medium" data-testid="source-name">
        {source.kind === "paste" ? "Pasted rows" : source.name}
      </span>
      <span className="text-fg-subtle">
        {source.size < 1024 * 1024 ? `${Math.max(1, Math.round(source.size / 1024))} KB` : formatMegabytes(source.size)}
      </span>
      <label className="flex items-center gap-2">
        <span className="text-fg-muted">Read as</span>
        <Select
          size="sm"
          value={format ?? "auto"}
          onChange={(e) => onFormat(e.target.value === "auto" ? null : (e.target.value as SourceFormat))}
          data-testid="format-select"
        >
          <option value="auto">{detected ? `Detected: ${FORMAT_LABELS[detected]}` : "Detect"}</option>
          <ChoiceOptions {...labelledChoices(FORMAT_LABELS)} />
        </Select>
      </label>
      {(shown === "csv" || shown === "tsv" || shown === null) && (
        <label className="flex items-center gap-2">
          <Checkbox checked={hasHeader} onChange={(e) => onHasHeader(e.target.checked)} data-testid="has-header" />
          First row is a header
        </label>
      )}
      <Button type="button" variant="ghost" size="sm" className="ml-auto" onClick={onRemove} data-testid="remove-source">
        Remove
      </Button>
    </div>
  );
}
