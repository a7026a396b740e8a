// How many levels of objects a JSON schema nests. Arrays do not add a level; their items do if they are objects.
export function outputSchemaDepth(schema: unknown): number {
  if (!isRecord(schema)) return 0;
  const branches = ["anyOf", "oneOf", "allOf"].flatMap((k) => (Array.isArray(schema[k]) ? (schema[k] as unknown[]) : []));
  const branchDepth = Math.max(0, ...branches.map(outputSchemaDepth));
  const itemsDepth = isRecord(schema.items) ? outputSchemaDepth(schema.items) : 0;
  const isObject =
    schema.type === "object" || (Array.isArray(schema.type) && schema.type.includes("object")) || isRecord(schema.properties);
  if (!isObject) return Math.max(branchDepth, itemsDepth);
  const children = isRecord(schema.properties) ? Object.values(schema.properties) : [];
  if (isRecord(schema.additionalProperties)) children.push(schema.additionalProperties);
  return Math.max(branchDepth, 1 + Math.max(0, ...children.map(outputSchemaDepth)));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
