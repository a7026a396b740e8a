"use client";

import { canNestAt, FIELD_TYPES, newField, type FieldType, type ItemType, type SchemaField } from "../../lib/upload/schema-fields";
import { INPUT } from "../ui/button-styles";
import { CHECKBOX, SMALL_BUTTON } from "./field-styles";

const TYPE_LABELS: Record<FieldType, string> = { string: "text", number: "number", integer: "whole number", boolean: "true / false", object: "object", array: "list" };

export interface FieldActions {
  update: (id: string, patch: Partial<SchemaField>) => void;
  remove: (id: string) => void;
  add: (parentId: string | null) => void;
}

/** One output field; an object (or a list of objects) shows its own fields beneath, indented. */
export function SchemaFieldRow({ field, level, actions, path }: { field: SchemaField; level: number; actions: FieldActions; path: string }) {
  const nestable = canNestAt(level);
  const label = path || "field";
  const hasChildren = field.type === "object" || (field.type === "array" && field.itemType === "object");
  // A new object starts with one field to fill in: an object without fields is not a useful output.
  const withChild = (becomesObject: boolean) => (becomesObject && field.children.length === 0 ? [newField()] : field.children);
  const setType = (type: FieldType) => actions.update(field.id, { type, children: withChild(type === "object" || (type === "array" && field.itemType === "object")) });
  const setItemType = (itemType: ItemType) => actions.update(field.id, { itemType, children: withChild(itemType === "object") });
  return (
    <li className="space-y-2" data-testid="schema-field" data-level={level}>
      <div className="space-y-1.5 rounded-md border border-zinc-200 p-2 dark:border-zinc-800">
        <div className="flex flex-wrap items-center gap-2">
          <input className={`${INPUT} w-40 py-1 font-mono text-xs`} value={field.name} placeholder="name" onChange={(e) => actions.update(field.id, { name: e.target.value })} aria-label={`Name of ${label}`} />
          <select className={`${INPUT} py-1`} value={field.type} onChange={(e) => setType(e.target.value as FieldType)} aria-label={`Type of ${label}`}>
            {FIELD_TYPES.map((t) => (
              <option key={t} value={t} disabled={t === "object" && !nestable}>
                {TYPE_LABELS[t]}
              </option>
            ))}
          </select>
          {field.type === "array" && (
            <select className={`${INPUT} py-1`} value={field.itemType} onChange={(e) => setItemType(e.target.value as ItemType)} aria-label={`Items of ${label}`}>
              {FIELD_TYPES.filter((t) => t !== "array").map((t) => (
                <option key={t} value={t} disabled={t === "object" && !nestable}>
                  of {TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          )}
          <label className="flex items-center gap-1 text-xs">
            <input type="checkbox" className={CHECKBOX} checked={field.required} onChange={(e) => actions.update(field.id, { required: e.target.checked })} />
            required
          </label>
          <button type="button" className={`${SMALL_BUTTON} ml-auto`} onClick={() => actions.remove(field.id)} aria-label={`Remove ${label}`}>
            Remove
          </button>
        </div>
        <input className={`${INPUT} w-full py-1`} value={field.description} placeholder="What it should contain (guides the processor)" onChange={(e) => actions.update(field.id, { description: e.target.value })} aria-label={`Description of ${label}`} />
      </div>
      {hasChildren && (
        <div className="ml-4 border-l border-zinc-200 pl-3 dark:border-zinc-700">
          <ul className="space-y-2">
            {field.children.map((child) => (
              <SchemaFieldRow key={child.id} field={child} level={level + 1} actions={actions} path={`${label}${field.type === "array" ? "[]" : ""}.${child.name || "field"}`} />
            ))}
          </ul>
          <button type="button" className={`${SMALL_BUTTON} mt-1`} onClick={() => actions.add(field.id)}>
            + Add a field to {field.name || "this object"}
          </button>
        </div>
      )}
    </li>
  );
}
