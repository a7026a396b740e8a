import { describe, expect, it } from "vitest";
import { expectSchema } from "@/lib/testing/contract";
import type { TaskRunJsonOutput } from "../../parallel/types";
import { generateOutput } from "./generate-output";
import { contentErrors } from "./test-support/content-validator";
import { SCHEMA_FIXTURES } from "./test-support/json-schema-fixtures";

const SEEDS = 200;
const INPUTS: Array<string | Record<string, unknown>> = [
  { company: "Acme", country: "US" },
  "Globex Corporation",
  { name: "Initech", employees: 120 },
];

function jsonOutput(schema: Record<string, unknown>, seed: string, input: string | Record<string, unknown> = INPUTS[0]): TaskRunJsonOutput {
  const output = generateOutput({ seed, outputSchema: { type: "json", json_schema: schema }, input });
  if (output.type !== "json") throw new Error(`expected json output, got ${output.type}`);
  return output;
}

describe("generateOutput with a JSON schema", () => {
  for (const fixture of SCHEMA_FIXTURES) {
    it(`produces content valid against "${fixture.name}" for ${SEEDS} seeds, with a contract-valid envelope`, () => {
      for (let i = 0; i < SEEDS; i++) {
        const output = jsonOutput(fixture.schema, `seed-${i}`, INPUTS[i % INPUTS.length]);
        expect(contentErrors(fixture.schema, output.content)).toBe("");
        expectSchema("TaskRunJsonOutput", output);
      }
    });
  }

  it("gives one basis entry per top-level field, each with 1-3 cited sources and a confidence level", () => {
    for (const fixture of SCHEMA_FIXTURES) {
      for (let i = 0; i < 20; i++) {
        const output = jsonOutput(fixture.schema, `basis-${i}`);
        expect(output.basis.map((b) => b.field)).toEqual(Object.keys(output.content));
        for (const basis of output.basis) {
          expect(basis.reasoning.length).toBeGreaterThan(20);
          expect(["low", "medium", "high"]).toContain(basis.confidence);
          expect(basis.citations.length).toBeGreaterThanOrEqual(1);
          expect(basis.citations.length).toBeLessThanOrEqual(3);
          for (const citation of basis.citations) {
            expect(citation.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\/\S+$/);
            expect(citation.title).toBeTruthy();
            expect(citation.excerpts?.length).toBeGreaterThanOrEqual(1);
            expect(citation.excerpts?.length).toBeLessThanOrEqual(2);
          }
        }
      }
    }
  });

  it("is deterministic: the same arguments give deep-equal output", () => {
    for (const fixture of SCHEMA_FIXTURES) {
      const first = jsonOutput(fixture.schema, "same");
      const again = jsonOutput(structuredClone(fixture.schema), "same");
      expect(again).toEqual(first);
    }
  });

  it("varies with the seed", () => {
    const fixture = SCHEMA_FIXTURES[0];
    const distinct = new Set(Array.from({ length: 20 }, (_, i) => JSON.stringify(jsonOutput(fixture.schema, `vary-${i}`))));
    expect(distinct.size).toBe(20);
  });

  it("writes plausible values that mention the input", () => {
    const schema = SCHEMA_FIXTURES[0].schema;
    const { content } = jsonOutput(schema, "plausible", { company: "Acme" });
    expect(content.ceo_name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ \(Acme\)$/);
    expect(content.company_name).toBe("Acme");
    const summaries = Array.from({ length: 20 }, (_, i) => jsonOutput(schema, `summary-${i}`, { company: "Acme" }).content.summary);
    expect(summaries.filter((s) => typeof s === "string" && s.includes("Acme")).length).toBeGreaterThan(10);
  });

  it("includes every required property and most optional ones", () => {
    const schema = SCHEMA_FIXTURES[0].schema;
    let optionalSeen = 0;
    let optionalMissed = 0;
    for (let i = 0; i < 100; i++) {
      const { content } = jsonOutput(schema, `optional-${i}`);
      for (const key of ["summary", "revenue_usd"]) {
        if (key in content) optionalSeen++;
        else optionalMissed++;
      }
    }
    expect(optionalSeen).toBeGreaterThan(optionalMissed * 3);
    expect(optionalMissed).toBeGreaterThan(0);
  });

  it("mostly prefers non-null alternatives but sometimes returns null", () => {
    const schema = SCHEMA_FIXTURES.find((f) => f.name === "nullable types")!.schema;
    const values = Array.from({ length: 200 }, (_, i) => jsonOutput(schema, `null-${i}`).content.nickname);
    const nulls = values.filter((v) => v === null).length;
    expect(nulls).toBeGreaterThan(0);
    expect(nulls).toBeLessThan(60);
  });

  it("picks every anyOf/oneOf branch across seeds", () => {
    const schema = SCHEMA_FIXTURES.find((f) => f.name === "anyOf and oneOf")!.schema;
    const kinds = new Set<string>();
    const metricTypes = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const { content } = jsonOutput(schema, `branch-${i}`);
      kinds.add((content.owner as { kind: string }).kind);
      metricTypes.add(typeof content.headline_metric);
    }
    expect(kinds).toEqual(new Set(["person", "company"]));
    expect(metricTypes).toEqual(new Set(["number", "string"]));
  });

  it("keeps arrays short unless the schema asks for more", () => {
    const schema = SCHEMA_FIXTURES.find((f) => f.name === "three levels with arrays of objects")!.schema;
    for (let i = 0; i < 50; i++) {
      const { content } = jsonOutput(schema, `short-${i}`);
      const divisions = content.divisions as Array<{ teams: unknown[] }>;
      expect(divisions.length).toBeLessThanOrEqual(3);
      for (const division of divisions) expect(division.teams.length).toBeLessThanOrEqual(3);
    }
  });

  it("wraps a non-object root value so content stays an object", () => {
    const output = jsonOutput({ type: "array", items: { type: "string" } }, "root-array");
    expect(Array.isArray(output.content.result)).toBe(true);
    expect(output.basis.map((b) => b.field)).toEqual(["result"]);
  });
});
