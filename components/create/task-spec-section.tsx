"use client";

import { fieldsToJsonSchema, jsonSchemaToFields, type SchemaField } from "../../lib/upload/schema-fields";
import type { Draft, OutputMode } from "../../lib/upload/draft";
import { FormSection } from "./form-section";
import { CodeField } from "./code-field";
import { SchemaBuilder } from "./schema-builder";
import type { DraftUpdate } from "./use-draft";
import { HINT, LABEL, Textarea } from "../ui/input";

const MODES: Array<{ value: OutputMode; title: string; hint: string }> = [
  { value: "auto", title: "Automatic", hint: "The processor chooses the fields of the answer." },
  { value: "text", title: "Text", hint: "A written answer (Markdown), guided by your description." },
  { value: "json", title: "JSON schema", hint: "Exactly the fields you define, typed." },
];

/** Step 3: what each run should produce. */
export function TaskSpecSection({
  draft,
  update,
  problem,
}: {
  draft: Draft;
  update: (change: DraftUpdate) => void;
  problem: string | null;
}) {
  const fromJson = (() => {
    try {
      return jsonSchemaToFields(JSON.parse(draft.schemaText));
    } catch {
      return null;
    }
  })();
  const setFields = (schemaFields: SchemaField[]) =>
    update({ schemaFields, schemaText: JSON.stringify(fieldsToJsonSchema(schemaFields), null, 2) });
  const setText = (schemaText: string) =>
    update((d) => {
      try {
        const fields = jsonSchemaToFields(JSON.parse(schemaText));
        return fields.ok ? { ...d, schemaText, schemaFields: fields.fields } : { ...d, schemaText };
      } catch {
        return { ...d, schemaText };
      }
    });

  return (
    <FormSection
      step={3}
      title="Task"
      description="What every run should produce. The same task applies to all rows."
      testId="task-section"
    >
      <fieldset>
        <legend className={LABEL}>Output</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {MODES.map((mode) => (
            <label
              key={mode.value}
              className={`flex cursor-pointer gap-2 rounded-md border p-3 text-sm ${draft.outputMode === mode.value ? "border-fg" : "border-line"}`}
            >
              <input
                type="radio"
                name="output-mode"
                className="mt-0.5"
                checked={draft.outputMode === mode.value}
                onChange={() => update({ outputMode: mode.value })}
                data-testid={`output-${mode.value}`}
              />
              <span>
                <span className="font-medium">{mode.title}</span>
                <span className={`${HINT} block`}>{mode.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      {draft.outputMode === "text" && (
        <div>
          <label htmlFor="text-description" className={LABEL}>
            Describe the answer (optional)
          </label>
          <Textarea
            id="text-description"
            value={draft.textDescription}
            onChange={(e) => update({ textDescription: e.target.value })}
            rows={3}
            placeholder="A short profile of the company: what it sells, to whom, and its latest funding round."
            className="mt-1 w-full"
            data-testid="text-description"
          />
        </div>
      )}

      {draft.outputMode === "json" && (
        <div className="grid gap-4 lg:grid-cols-2">
          <div>
            <p className={LABEL}>Fields</p>
            <div className="mt-1">
              <SchemaBuilder
                fields={draft.schemaFields}
                onChange={setFields}
                unsupported={fromJson && !fromJson.ok ? fromJson.reason : null}
              />
            </div>
          </div>
          {/* The same schema as JSON, kept in step with the builder. */}
          <CodeField
            id="json-schema"
            label="JSON schema"
            testId="json-schema-editor"
            text={draft.schemaText}
            onChange={setText}
            rows={16}
            problem={problem}
          />
        </div>
      )}
      {draft.outputMode !== "json" && problem && (
        <p role="alert" className="text-sm text-danger">
          {problem}
        </p>
      )}
    </FormSection>
  );
}
