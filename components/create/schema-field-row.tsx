"use client";

import type { ChangeEvent } from "react";
import { canNestAt, FIELD_TYPES, newField, type FieldType, type ItemType, type SchemaField } from "../../lib/upload/schema-fields";
import { Button } from "../ui/button";
import { Checkbox, Input, Select } from "../ui/input";

const TYPE_LABELS: Record<FieldType, string> = {
  string: "text",
  number: "number",
  integer: "whole number",
  boolean: "true / false",
  object: "object",
  array: "list",
};

export interface FieldActions {
  update: (id: string, patch: Partial<SchemaField>) => void;
  remove: (id: string) => void;
  add: (parentId: string | null) => void;
}

/** One output field; an object (or a list of objects) shows its own fields beneath, indented. */
export function SchemaFieldRow({
  field,
  level,
  actions,
  path,
}: {
  field: SchemaField;
  level: number;
  actions: FieldActions;
  path: string;
}) {
  const nestable = canNestAt(level);
  const label = path || "field";
  const hasChildren = field.type === "object" || (field.type === "array" && field.itemType === "object");
  // A new object starts with one field to fill in: an object without fields is not a useful output.
  const withChild = (becomesObject: boolean) => (becomesObject && field.children.length === 0 ? [newField()] : field.children);
  const setType = (type: FieldType) =>
    actions.update(field.id, { type, children: withChild(type === "object" || (type === "array" && field.itemType === "object")) });
  const bindText = (key: "name" | "description", what: string) => ({
    value: field[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => actions.update(field.id, { [key]: e.target.value }),
    "aria-label": `${what} of ${label}`,
  });
  const setItemType = (itemType: ItemType) => actions.update(field.id, { itemType, children: withChild(itemType === "object") });
  return (
    <li className="space-y-2" data-testid="schema-field" data-level={level}>
      <div className="space-y-1.5 rounded-md border border-line p-2">
        <div className="flex flex-wrap items-center gap-2">
          <Input size="sm" className="w-40 font-mono text-xs" placeholder="name" {...bindText("name", "Name")} />
          <Select size="sm" value={field.type} onChange={(e) => setType(e.target.value as FieldType)} aria-label={`Type of ${label}`}>
            {FIELD_TYPES.map((t) => (
              <option key={t} value={t} disabled={t === "object" && !nestable}>
                {TYPE_LABELS[t]}
              </option>
            ))}
          </Select>
          {field.type === "array" && (
            <Select
              size="sm"
              value={field.itemType}
              onChange={(e) => setItemType(e.target.value as ItemType)}
              aria-label={`Items of ${label}`}
            >
              {FIELD_TYPES.filter((t) => t !== "array").map((t) => (
                <option key={t} value={t} disabled={t === "object" && !nestable}>
                  of {TYPE_LABELS[t]}
                </option>
              ))}
            </Select>
          )}
          <label className="flex items-center gap-1 text-xs">
            <Checkbox checked={field.required} onChange={(e) => actions.update(field.id, { required: e.target.checked })} />
            required
          </label>
          <Button
            type="button"
            variant="ghost"
            size="sm"
            className="ml-auto"
            onClick={() => actions.remove(field.id)}
            aria-label={`Remove ${label}`}
          >
            Remove
          </Button>
        </div>
        <Input
          size="sm"
          className="w-full"
          placeholder="What it should contain (guides the processor)"
          {...bindText("description", "Description")}
        />
      </div>
      {hasChildren && (
        <div className="ml-4 border-l border-line-strong pl-3">
          <ul className="space-y-2">
            {field.children.map((child) => (
              <SchemaFieldRow
                key={child.id}
                field={child}
                level={level + 1}
                actions={actions}
                path={`${label}${field.type === "array" ? "[]" : ""}.${child.name || "field"}`}
              />
            ))}
          </ul>
          <Button type="button" variant="ghost" size="sm" className="mt-1" onClick={() => actions.add(field.id)}>
            + Add a field to {field.name || "this object"}
          </Button>
        </div>
      )}
    </li>
  );
}
