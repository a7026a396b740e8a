// Output schemas covering every JSON Schema feature the generator claims to support.

export interface SchemaFixture {
  name: string;
  schema: Record<string, unknown>;
}

export const SCHEMA_FIXTURES: SchemaFixture[] = [
  {
    name: "company profile",
    schema: {
      type: "object",
      additionalProperties: false,
      required: ["company_name", "ceo_name", "founded_year", "employee_count", "is_public"],
      properties: {
        company_name: { type: "string", description: "Legal name of the company" },
        ceo_name: { type: "string", description: "Name of the CEO" },
        founded_year: { type: "integer", minimum: 1800, maximum: 2025 },
        employee_count: { type: "integer", minimum: 1 },
        is_public: { type: "boolean" },
        summary: { type: "string", description: "Two-sentence overview of the business" },
        revenue_usd: { type: "number", minimum: 0 },
      },
    },
  },
  {
    name: "string formats",
    schema: {
      type: "object",
      required: ["founded", "updated_at", "email", "website", "id", "host", "ip", "link", "opens_at", "ipv6"],
      properties: {
        founded: { type: "string", format: "date" },
        updated_at: { type: "string", format: "date-time" },
        email: { type: "string", format: "email" },
        website: { type: "string", format: "uri" },
        id: { type: "string", format: "uuid" },
        host: { type: "string", format: "hostname" },
        ip: { type: "string", format: "ipv4" },
        link: { type: "string", format: "url" },
        opens_at: { type: "string", format: "time" },
        ipv6: { type: "string", format: "ipv6" },
      },
    },
  },
  {
    name: "enums and consts",
    schema: {
      type: "object",
      required: ["sector", "tier", "schema_version", "status", "flag"],
      properties: {
        sector: { type: "string", enum: ["software", "hardware", "finance"] },
        tier: { type: "integer", enum: [1, 2, 3] },
        schema_version: { const: "v2" },
        status: { enum: ["active", "acquired", null] },
        flag: { type: "boolean", const: true },
        mixed: { enum: [1, "one", { n: 1 }, [1]] },
      },
    },
  },
  {
    name: "numeric bounds and multipleOf",
    schema: {
      type: "object",
      required: ["rating", "share", "score", "step", "ratio", "below_zero", "tenth", "open"],
      properties: {
        rating: { type: "integer", minimum: 1, maximum: 5 },
        share: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
        score: { type: "integer", multipleOf: 5, minimum: 0, maximum: 100 },
        step: { type: "number", multipleOf: 0.25, minimum: 1, maximum: 3 },
        ratio: { type: "number", multipleOf: 0.1, minimum: 0, maximum: 1 },
        below_zero: { type: "integer", maximum: -10 },
        tenth: { type: "number", multipleOf: 0.01, exclusiveMinimum: 2.5, maximum: 2.6 },
        open: { type: "integer", exclusiveMinimum: 7, exclusiveMaximum: 9 },
      },
    },
  },
  {
    name: "string lengths and patterns",
    schema: {
      type: "object",
      required: ["code", "phone", "version", "short", "long", "guarded", "ticker", "description"],
      properties: {
        code: { type: "string", pattern: "^[A-Z]{3}-\\d{4}$" },
        phone: { type: "string", pattern: "^\\+?[0-9 ()-]{7,15}$" },
        version: { type: "string", pattern: "^(draft|final)_v\\d+(\\.\\d+)?$" },
        short: { type: "string", maxLength: 5 },
        long: { type: "string", minLength: 200 },
        guarded: { type: "string", pattern: "^(?=.*[a-z]).+$" },
        ticker: { type: "string", pattern: "[A-Z]{2,5}", minLength: 2, maxLength: 5 },
        description: { type: "string", minLength: 10, maxLength: 40 },
      },
    },
  },
  {
    name: "nullable types",
    schema: {
      type: "object",
      required: ["nickname", "parent_company", "acquired_year", "notes"],
      properties: {
        nickname: { type: ["string", "null"] },
        parent_company: { anyOf: [{ type: "string" }, { type: "null" }] },
        acquired_year: { type: ["integer", "null"], minimum: 1900, maximum: 2025 },
        notes: { oneOf: [{ type: "null" }, { type: "array", items: { type: "string" }, maxItems: 2 }] },
      },
    },
  },
  {
    name: "anyOf and oneOf",
    schema: {
      type: "object",
      required: ["headline_metric", "identifier", "owner"],
      properties: {
        headline_metric: {
          anyOf: [
            { type: "number", minimum: 0, maximum: 10 },
            { type: "string", enum: ["n/a"] },
          ],
        },
        identifier: {
          oneOf: [
            { type: "integer", minimum: 0 },
            { type: "string", format: "uuid" },
          ],
        },
        owner: {
          oneOf: [
            {
              type: "object",
              required: ["kind", "name"],
              properties: { kind: { const: "person" }, name: { type: "string" } },
              additionalProperties: false,
            },
            {
              type: "object",
              required: ["kind", "ticker"],
              properties: { kind: { const: "company" }, ticker: { type: "string", pattern: "^[A-Z]{1,5}$" } },
              additionalProperties: false,
            },
          ],
        },
      },
    },
  },
  {
    name: "allOf with $ref",
    schema: {
      $defs: { base: { type: "object", properties: { name: { type: "string" }, country: { type: "string" } }, required: ["name"] } },
      allOf: [
        { $ref: "#/$defs/base" },
        { type: "object", properties: { employees: { type: "integer", minimum: 10, maximum: 20 } }, required: ["employees"] },
        { properties: { employees: { maximum: 15 } } },
      ],
    },
  },
  {
    name: "$defs and definitions refs",
    schema: {
      type: "object",
      required: ["headquarters", "offices", "founder"],
      properties: {
        headquarters: { $ref: "#/$defs/address" },
        offices: { type: "array", items: { $ref: "#/$defs/address" }, minItems: 1 },
        founder: { $ref: "#/definitions/person" },
      },
      $defs: {
        address: {
          type: "object",
          required: ["city", "country_code"],
          additionalProperties: false,
          properties: {
            city: { type: "string" },
            country_code: { type: "string", pattern: "^[A-Z]{2}$" },
            postal_code: { type: "string", maxLength: 10 },
          },
        },
      },
      definitions: {
        person: {
          type: "object",
          required: ["full_name"],
          properties: { full_name: { type: "string" }, born: { type: "string", format: "date" } },
        },
      },
    },
  },
  {
    name: "three levels with arrays of objects",
    schema: {
      type: "object",
      additionalProperties: false,
      required: ["company", "divisions"],
      properties: {
        company: { type: "string" },
        divisions: {
          type: "array",
          minItems: 1,
          maxItems: 3,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name", "headcount", "teams"],
            properties: {
              name: { type: "string" },
              headcount: { type: "integer", minimum: 1, maximum: 500 },
              status: { type: "string", enum: ["growing", "stable", "shrinking"] },
              teams: {
                type: "array",
                items: {
                  type: "object",
                  additionalProperties: false,
                  required: ["lead", "size"],
                  properties: { lead: { type: "string" }, size: { type: "integer", minimum: 2, maximum: 12 }, remote: { type: "boolean" } },
                },
              },
            },
          },
        },
      },
    },
  },
  {
    name: "array keywords",
    schema: {
      type: "object",
      required: ["tags", "levels", "pair", "many", "one", "none"],
      properties: {
        tags: {
          type: "array",
          items: { type: "string", enum: ["b2b", "b2c", "saas", "hardware"] },
          uniqueItems: true,
          minItems: 2,
          maxItems: 3,
        },
        levels: { type: "array", items: { type: "integer", minimum: 1, maximum: 3 }, uniqueItems: true },
        pair: { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }], items: false, minItems: 2 },
        many: { type: "array", items: { type: "string" }, minItems: 5 },
        one: { type: "array", items: { type: "number" }, maxItems: 1 },
        none: { type: "array", items: { type: "string" }, maxItems: 0 },
      },
    },
  },
  {
    name: "recursive $ref",
    schema: {
      $ref: "#/$defs/category",
      $defs: {
        category: {
          type: "object",
          required: ["label"],
          properties: { label: { type: "string" }, children: { type: "array", items: { $ref: "#/$defs/category" } } },
        },
      },
    },
  },
  {
    name: "untyped values and maps",
    schema: {
      type: "object",
      required: ["anything", "described", "counts", "extras"],
      properties: {
        anything: {},
        described: { description: "Primary industry of the company" },
        counts: { type: "object", additionalProperties: { type: "integer", minimum: 0 }, minProperties: 2 },
        extras: { type: "object", properties: { a: { type: "string" }, b: { type: "string" }, c: { type: "string" } }, maxProperties: 1 },
      },
    },
  },
];
