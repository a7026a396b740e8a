import { newField, type SchemaField } from "./schema-fields";

// Edits of the field builder's tree, by field id, without mutating it.

export function updateField(fields: SchemaField[], id: string, patch: Partial<SchemaField>): SchemaField[] {
  return fields.map((f) =>
    f.id === id ? { ...f, ...patch } : f.children.length > 0 ? { ...f, children: updateField(f.children, id, patch) } : f,
  );
}

export function removeField(fields: SchemaField[], id: string): SchemaField[] {
  return fields.filter((f) => f.id !== id).map((f) => (f.children.length > 0 ? { ...f, children: removeField(f.children, id) } : f));
}

/** Adds an empty field at the top level (`parentId` null) or inside an object / array of objects. */
export function addField(fields: SchemaField[], parentId: string | null): SchemaField[] {
  if (parentId === null) return [...fields, newField()];
  return fields.map((f) =>
    f.id === parentId ? { ...f, children: [...f.children, newField()] } : { ...f, children: addField(f.children, parentId) },
  );
}
