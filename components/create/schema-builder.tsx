"use client";

import { MAX_OUTPUT_SCHEMA_DEPTH } from "../../lib/parallel/schemas/limits";
import { addField, removeField, updateField } from "../../lib/upload/schema-field-tree";
import type { SchemaField } from "../../lib/upload/schema-fields";
import { SchemaFieldRow, type FieldActions } from "./schema-field-row";
import { Button } from "../ui/button";
import { HINT } from "../ui/input";

/** The output fields as a form: names, types, descriptions, required; objects nest up to the API's depth. */
export function SchemaBuilder({
  fields,
  onChange,
  unsupported,
}: {
  fields: SchemaField[];
  onChange: (fields: SchemaField[]) => void;
  unsupported: string | null;
}) {
  if (unsupported) {
    return (
      <p className="rounded-md bg-canvas p-3 text-sm text-fg-muted" data-testid="builder-unsupported">
        The builder cannot show this schema ({unsupported}). Edit it as JSON: the JSON is what is sent.
      </p>
    );
  }
  const actions: FieldActions = {
    update: (id, patch) => onChange(updateField(fields, id, patch)),
    remove: (id) => onChange(removeField(fields, id)),
    add: (parentId) => onChange(addField(fields, parentId)),
  };
  return (
    <div data-testid="schema-builder">
      <ul className="space-y-3">
        {fields.map((field) => (
          <SchemaFieldRow key={field.id} field={field} level={1} actions={actions} path={field.name || "field"} />
        ))}
      </ul>
      <Button type="button" variant="ghost" size="sm" className="mt-2" onClick={() => actions.add(null)} data-testid="add-output-field">
        + Add an output field
      </Button>
      <p className={HINT}>
        Objects nest at most {MAX_OUTPUT_SCHEMA_DEPTH} levels deep (the output itself is the first); lists do not count as a level.
      </p>
    </div>
  );
}
