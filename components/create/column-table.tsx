"use client";

import type { ColumnConfig, ColumnType, InputConfig, RawColumn } from "../../lib/upload/types";
import { labelledChoices } from "../ui/choice-options";
import { ChoiceSelect } from "../ui/choice-select";
import { Checkbox, HINT, Input } from "../ui/input";
import { TBody, TD, TH, THead, TR, Table } from "../ui/table";

const TYPE_LABEL: Record<ColumnType, string> = {
  string: "text",
  number: "number",
  integer: "whole number",
  boolean: "true / false",
  json: "JSON value",
};
const INPUT_MODES: ReadonlyArray<{ mode: InputConfig["mode"]; label: string }> = [
  { mode: "object", label: "Each row is an object of the chosen columns" },
  { mode: "text", label: "Each row is one text input" },
];

/** How rows become inputs: which columns, under which names and types, or one column as text. */
export function ColumnTable({
  columns,
  config,
  onChange,
}: {
  columns: RawColumn[];
  config: InputConfig;
  onChange: (config: InputConfig) => void;
}) {
  const setColumn = (source: number, patch: Partial<ColumnConfig>) =>
    onChange({ ...config, columns: config.columns.map((c) => (c.source === source ? { ...c, ...patch } : c)) });
  return (
    <div className="space-y-3" data-testid="column-table">
      <fieldset className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <legend className="sr-only">Input mode</legend>
        {INPUT_MODES.map(({ mode, label }) => (
          <label key={mode} className="flex items-center gap-2">
            <input
              type="radio"
              name="input-mode"
              checked={config.mode === mode}
              onChange={() => onChange({ ...config, mode })}
              data-testid={`mode-${mode}`}
            />
            {label}
          </label>
        ))}
      </fieldset>

      {config.mode === "text" ? (
        <label className="flex items-center gap-2 text-sm">
          The input is the column
          <ChoiceSelect
            choices={columns.map((_, i) => i)}
            labelOf={(i) => columns[i].name}
            value={config.textColumn}
            onChange={(textColumn) => onChange({ ...config, textColumn })}
            data-testid="text-column"
          />
        </label>
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table className="w-full">
              <THead>
                <tr>
                  <TH density="compact">Send</TH>
                  <TH density="compact">Column in the file</TH>
                  <TH density="compact">Name in each input</TH>
                  <TH density="compact">Type</TH>
                  <TH density="compact">Required</TH>
                </tr>
              </THead>
              <TBody>
                {config.columns.map((column) => {
                  const original = columns[column.source]?.name ?? `column ${column.source + 1}`;
                  return (
                    <TR key={column.source} data-testid="column-row" data-column={original}>
                      <TD density="compact">
                        <Checkbox
                          checked={column.include}
                          onChange={(e) => setColumn(column.source, { include: e.target.checked })}
                          aria-label={`Send column ${original}`}
                        />
                      </TD>
                      <TD density="compact" className="font-mono text-xs">
                        {original}
                      </TD>
                      <TD density="compact">
                        <Input
                          size="sm"
                          className="w-full"
                          value={column.name}
                          disabled={!column.include}
                          onChange={(e) => setColumn(column.source, { name: e.target.value })}
                          aria-label={`Name for column ${original}`}
                        />
                      </TD>
                      <TD density="compact">
                        <ChoiceSelect
                          size="sm"
                          {...labelledChoices(TYPE_LABEL)}
                          value={column.type}
                          disabled={!column.include}
                          onChange={(type) => setColumn(column.source, { type })}
                          aria-label={`Type of column ${original}`}
                        />
                      </TD>
                      <TD density="compact">
                        <Checkbox
                          checked={column.required}
                          disabled={!column.include}
                          onChange={(e) => setColumn(column.source, { required: e.target.checked })}
                          aria-label={`Column ${original} is required`}
                        />
                      </TD>
                    </TR>
                  );
                })}
              </TBody>
            </Table>
          </div>
          <p className={HINT}>Numbers and true/false values are converted as the type says; an empty cell leaves the field out.</p>
          <label className="flex items-start gap-2 text-sm">
            <Checkbox
              className="mt-0.5"
              checked={config.useInputSchema}
              onChange={(e) => onChange({ ...config, useInputSchema: e.target.checked })}
              data-testid="use-input-schema"
            />
            <span>
              Send an input schema built from these columns, and check every row against it
              <span className={`${HINT} block`}>
                It tells the processor what each field is; it counts toward the 25,000-character limit of each run.
              </span>
            </span>
          </label>
        </>
      )}
    </div>
  );
}
