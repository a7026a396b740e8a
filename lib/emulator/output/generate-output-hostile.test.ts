import { describe, expect, it } from "vitest";
import { expectSchema } from "@/lib/testing/contract";
import type { OutputSchema, TaskRunOutput } from "../../parallel/types";
import { generateOutput } from "./generate-output";
import { HOSTILE_PAYLOADS, HOSTILE_TEXT_PAYLOADS, HOSTILE_URL } from "./hostile-payloads";
import { contentErrors } from "./test-support/content-validator";
import { SCHEMA_FIXTURES } from "./test-support/json-schema-fixtures";

const INPUT = { company: "Acme" };
const SEEDS = 200;

function hostileOutput(outputSchema: OutputSchema | null, seed: string): TaskRunOutput {
  return generateOutput({ seed, outputSchema, input: INPUT, hostile: true });
}

function expectAllPayloads(output: TaskRunOutput): void {
  const text = JSON.stringify(output);
  for (const payload of HOSTILE_TEXT_PAYLOADS) expect(text).toContain(JSON.stringify(payload).slice(1, -1));
  expect(output.basis.some((b) => b.citations.some((c) => c.url === HOSTILE_URL))).toBe(true);
}

describe("generateOutput in hostile mode", () => {
  it("exports the payloads tests look for", () => {
    expect(Object.values(HOSTILE_PAYLOADS)).toEqual(
      expect.arrayContaining([
        "<script>window.__pwned=1</script>",
        '<img src=x onerror="window.__pwned=1">',
        "[click me](javascript:window.__pwned=1)",
        '<iframe src="javascript:alert(1)">',
        "javascript:window.__pwned=1",
      ]),
    );
  });

  it("keeps JSON content valid while planting every payload in the output", () => {
    for (const fixture of SCHEMA_FIXTURES) {
      for (let i = 0; i < SEEDS; i++) {
        const output = hostileOutput({ type: "json", json_schema: fixture.schema }, `hostile-${i}`);
        if (output.type !== "json") throw new Error("expected json output");
        expect(contentErrors(fixture.schema, output.content), fixture.name).toBe("");
        expectSchema("TaskRunJsonOutput", output);
        expectAllPayloads(output);
      }
    }
  });

  it("injects into free-form strings only, leaving constrained ones intact", () => {
    const fixture = SCHEMA_FIXTURES.find((f) => f.name === "company profile")!;
    const constrained = SCHEMA_FIXTURES.find((f) => f.name === "string formats")!;
    const output = hostileOutput({ type: "json", json_schema: fixture.schema }, "free");
    const ceo = output.content as Record<string, string>;
    expect(HOSTILE_TEXT_PAYLOADS.some((p) => ceo.ceo_name.includes(p))).toBe(true);
    const formatted = hostileOutput({ type: "json", json_schema: constrained.schema }, "formats").content as Record<string, string>;
    for (const value of Object.values(formatted)) expect(value).not.toMatch(/[<>[\]]/);
  });

  it("puts payloads in reasoning, citation titles and excerpts", () => {
    const output = hostileOutput({ type: "json", json_schema: SCHEMA_FIXTURES[0].schema }, "places");
    const has = (s: string | null | undefined) => HOSTILE_TEXT_PAYLOADS.some((p) => (s ?? "").includes(p));
    expect(output.basis.every((b) => has(b.reasoning))).toBe(true);
    const citations = output.basis.flatMap((b) => b.citations);
    expect(citations.some((c) => has(c.title))).toBe(true);
    expect(citations.some((c) => (c.excerpts ?? []).some(has))).toBe(true);
  });

  it("plants every payload in text and auto outputs", () => {
    const specs: Array<OutputSchema | null> = [{ type: "text" }, "Overview", { type: "auto" }, null];
    for (const spec of specs) {
      for (let i = 0; i < 20; i++) {
        const output = hostileOutput(spec, `hostile-text-${i}`);
        expectSchema(output.type === "text" ? "TaskRunTextOutput" : "TaskRunJsonOutput", output);
        expectAllPayloads(output);
        if (output.type === "text") for (const payload of HOSTILE_TEXT_PAYLOADS) expect(output.content).toContain(payload);
      }
    }
  });

  it("varies which citation URLs are hostile across runs", () => {
    const hostileUrlCounts = new Set<number>();
    for (let i = 0; i < 50; i++) {
      const output = hostileOutput({ type: "json", json_schema: SCHEMA_FIXTURES[0].schema }, `urls-${i}`);
      hostileUrlCounts.add(output.basis.flatMap((b) => b.citations).filter((c) => c.url === HOSTILE_URL).length);
    }
    expect(hostileUrlCounts.size).toBeGreaterThan(1);
  });
});
