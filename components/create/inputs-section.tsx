"use client";

import type { Draft } from "../../lib/upload/draft";
import type { InputConfig } from "../../lib/upload/types";
import { Spinner } from "../ui/spinner";
import { ColumnTable } from "./column-table";
import { FileDropZone } from "./file-drop-zone";
import { FormSection } from "./form-section";
import { ParseProgress } from "./parse-progress";
import { PasteInput } from "./paste-input";
import { RowIssues } from "./row-issues";
import { RowsPreview } from "./rows-preview";
import { SourceBar } from "./source-bar";
import { SourceNotes } from "./source-notes";
import type { DraftUpdate } from "./use-draft";
import type { SourceTable } from "./use-source-table";

const TAB = "rounded-t-md border-b-2 px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-focus";

/** Step 2: the rows, from a file or pasted, read and checked in the worker. */
export function InputsSection({ draft, update, table }: { draft: Draft; update: (change: DraftUpdate) => void; table: SourceTable }) {
  const parsed = table.parsed;
  const setInput = (input: InputConfig) => update({ input });
  const tab = draft.inputTab;
  return (
    <FormSection
      step={2}
      title="Inputs"
      description="One run per row. Each row becomes the run's input: an object of the columns you choose, or one text."
      testId="inputs-section"
    >
      <div role="tablist" aria-label="Where the rows come from" className="flex gap-1 border-b border-line">
        {(["file", "paste"] as const).map((value) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={tab === value}
            aria-controls={`inputs-${value}`}
            onClick={() => update({ inputTab: value })}
            className={`${TAB} ${tab === value ? "border-fg" : "border-transparent text-fg-subtle hover:text-fg"}`}
          >
            {value === "file" ? "File" : "Paste or type"}
          </button>
        ))}
      </div>

      <div id={`inputs-${tab}`} role="tabpanel">
        {tab === "file" ? (
          <FileDropZone onFile={(file) => void table.chooseFile(file)} compact={draft.source?.kind === "file"} />
        ) : (
          <PasteInput text={draft.pasteText} onChange={table.setPasteText} />
        )}
      </div>

      {draft.source && (draft.source.kind === "file") === (tab === "file") && (
        <SourceBar
          source={draft.source}
          detected={parsed?.ok ? parsed.format : null}
          format={draft.format}
          hasHeader={draft.hasHeader}
          onFormat={(format) => update({ format })}
          onHasHeader={(hasHeader) => update({ hasHeader })}
          onRemove={table.clearSource}
          parseMs={parsed?.ok ? parsed.parseMs : null}
        />
      )}

      {table.phase === "reading" && <ParseProgress progress={table.progress} />}
      {parsed && (
        <SourceNotes
          fatal={parsed.ok ? null : parsed.fatal}
          notes={parsed.notes}
          offerLatin1={!parsed.ok && parsed.offerLatin1}
          onLatin1={() => update({ encoding: "windows-1252" })}
        />
      )}

      {parsed?.ok && draft.input && (
        <>
          <ColumnTable columns={parsed.columns} config={draft.input} onChange={setInput} />
          {table.prepared ? (
            <div className={`space-y-4 ${table.preparing ? "opacity-60" : ""}`} aria-busy={table.preparing}>
              {table.prepared.configError && (
                <p role="alert" className="text-sm text-danger" data-testid="config-error">
                  {table.prepared.configError}
                </p>
              )}
              <RowsPreview prepared={table.prepared} />
              {table.prepared.invalidRows > 0 && (
                <RowIssues
                  issues={table.prepared.issues}
                  invalidRows={table.prepared.invalidRows}
                  validRows={table.prepared.validRows}
                  dropInvalid={draft.input.dropInvalidRows}
                  onDropInvalid={(dropInvalidRows) => setInput({ ...draft.input!, dropInvalidRows })}
                  fileLabel={draft.source?.name ?? "pasted-rows"}
                />
              )}
            </div>
          ) : (
            <Spinner label="Checking the rows" />
          )}
        </>
      )}
    </FormSection>
  );
}
