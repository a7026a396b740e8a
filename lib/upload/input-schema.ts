import type { ColumnConfig, ColumnType } from "./types";

/** The input schema a task spec carries for object inputs, built from the chosen columns. */
export function buildInputSchema(columns: ColumnConfig[]): Record<string, unknown> {
  const included = columns.filter((c) => c.include);
  const properties: Record<string, unknown> = {};
  for (const column of included) properties[column.name] = propertySchema(column.type);
  const required = included.filter((c) => c.required).map((c) => c.name);
  return { type: "object", properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false };
}

function propertySchema(type: ColumnType): Record<string, unknown> {
  // A JSON cell may hold any value: the schema says nothing rather than something wrong.
  return type === "json" ? {} : { type };
}
