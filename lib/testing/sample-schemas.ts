// Output schemas tests ask for: one that exercises every kind of field the console renders, and
// helpers to build schemas of a given nesting depth for the 3-level limit.

import type { JsonSchemaSpec, TaskSpec } from "@/lib/parallel/types";

/** Nested objects, arrays of objects, enums, integers, numbers, booleans and string formats; 3 levels deep. */
export const COMPANY_PROFILE_SCHEMA: Record<string, unknown> = {
  type: "object",
  additionalProperties: false,
  required: ["name", "website", "founded", "employees", "sector", "public", "revenue_usd", "headquarters", "executives", "tags"],
  properties: {
    name: { type: "string", description: "Legal name of the company" },
    website: { type: "string", format: "uri", description: "Homepage URL" },
    contact_email: { type: "string", format: "email" },
    founded: { type: "string", format: "date", description: "Founding date" },
    last_filing: { type: "string", format: "date-time" },
    employees: { type: "integer", minimum: 1, maximum: 5_000_000 },
    sector: { type: "string", enum: ["software", "hardware", "finance", "health", "energy", "retail"] },
    public: { type: "boolean" },
    revenue_usd: { type: "number", minimum: 0 },
    headquarters: {
      type: "object",
      additionalProperties: false,
      required: ["city", "country", "coordinates"],
      properties: {
        city: { type: "string" },
        country: { type: "string", description: "ISO 3166-1 alpha-2 code" },
        coordinates: {
          type: "object",
          additionalProperties: false,
          required: ["lat", "lon"],
          properties: { lat: { type: "number", minimum: -90, maximum: 90 }, lon: { type: "number", minimum: -180, maximum: 180 } },
        },
      },
    },
    executives: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "role"],
        properties: {
          name: { type: "string" },
          role: { type: "string", enum: ["ceo", "cfo", "cto", "coo"] },
          since_year: { type: "integer", minimum: 1900, maximum: 2100 },
        },
      },
    },
    tags: { type: "array", items: { type: "string" } },
  },
};

/** A small flat schema for tests that only need some JSON output. */
export const SUMMARY_SCHEMA: Record<string, unknown> = {
  type: "object",
  additionalProperties: false,
  required: ["summary", "score"],
  properties: {
    summary: { type: "string", description: "One-sentence summary" },
    score: { type: "integer", minimum: 0, maximum: 10 },
  },
};

/** An object schema whose objects nest `levels` deep (levels = 1 is a flat object). */
export function nestedObjectSchema(levels: number): Record<string, unknown> {
  const leaf = { type: "object", required: ["value"], properties: { value: { type: "string" } } };
  let schema: Record<string, unknown> = leaf;
  for (let level = 1; level < levels; level++) {
    schema = { type: "object", required: [`level_${level}`], properties: { [`level_${level}`]: schema } };
  }
  return schema;
}

export function jsonSpec(jsonSchema: Record<string, unknown>): TaskSpec {
  const outputSchema: JsonSchemaSpec = { type: "json", json_schema: jsonSchema };
  return { output_schema: outputSchema };
}
