"use client";

import type { SourceInfo } from "../../lib/upload/draft";
import type { SourceFormat } from "../../lib/upload/types";
import { formatMegabytes } from "../../lib/upload/parse-source";
import { INPUT } from "../ui/button-styles";
import { CHECKBOX, SMALL_BUTTON } from "./field-styles";

const FORMATS: Array<{ value: SourceFormat; label: string }> = [
  { value: "csv", label: "CSV" },
  { value: "tsv", label: "TSV (tab-separated)" },
  { value: "json", label: "JSON array" },
  { value: "jsonl", label: "JSON Lines" },
];

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
      className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md bg-zinc-50 px-3 py-2 text-sm dark:bg-zinc-950"
      data-testid="source-bar"
      data-parse-ms={parseMs ?? undefined}
      title={parseMs === null ? undefined : `Read in ${(parseMs / 1_000).toFixed(1)} s`}
    >
      <span className="font-medium" data-testid="source-name">
        {source.kind === "paste" ? "Pasted rows" : source.name}
      </span>
      <span className="text-zinc-500 dark:text-zinc-400">{source.size < 1024 * 1024 ? `${Math.max(1, Math.round(source.size / 1024))} KB` : formatMegabytes(source.size)}</span>
      <label className="flex items-center gap-2">
        <span className="text-zinc-600 dark:text-zinc-400">Read as</span>
        <select className={`${INPUT} py-1`} value={format ?? "auto"} onChange={(e) => onFormat(e.target.value === "auto" ? null : (e.target.value as SourceFormat))} data-testid="format-select">
          <option value="auto">{detected ? `Detected: ${FORMATS.find((f) => f.value === detected)?.label}` : "Detect"}</option>
          {FORMATS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      {(shown === "csv" || shown === "tsv" || shown === null) && (
        <label className="flex items-center gap-2">
          <input type="checkbox" className={CHECKBOX} checked={hasHeader} onChange={(e) => onHasHeader(e.target.checked)} data-testid="has-header" />
          First row is a header
        </label>
      )}
      <button type="button" className={`${SMALL_BUTTON} ml-auto`} onClick={onRemove} data-testid="remove-source">
        Remove
      </button>
    </div>
  );
}
