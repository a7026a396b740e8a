import { describe, expect, it } from "vitest";
import { expectSchema } from "@/lib/testing/contract";
import type { OutputSchema } from "../../parallel/types";
import { generateOutput } from "./generate-output";
import { HOSTILE_URL } from "./hostile-payloads";

const INPUT = { company: "Acme", country: "US" };

describe("generateOutput with a text schema", () => {
  const specs: Array<[string, OutputSchema]> = [
    ["{type:'text'}", { type: "text" }],
    ["{type:'text', description}", { type: "text", description: "A short market overview" }],
    ["a bare string", "A short market overview"],
  ];
  for (const [label, outputSchema] of specs) {
    it(`returns Markdown about the input for ${label}`, () => {
      for (let i = 0; i < 50; i++) {
        const output = generateOutput({ seed: `text-${i}`, outputSchema, input: INPUT });
        expectSchema("TaskRunTextOutput", output);
        if (output.type !== "text") throw new Error("expected text output");
        expect(output.content).toMatch(/^## .*Acme/);
        expect(output.content).toMatch(/\*\*[^*]+\*\*/);
        expect(output.content).toMatch(/^- /m);
        expect(output.content).toMatch(/\[[^\]]+\]\(https:\/\/[^)]+\)/);
        expect(output.content).toContain("company: Acme");
        expect(output.content.split("\n\n").length).toBeGreaterThanOrEqual(3);
        expect(output.basis).toHaveLength(1);
        expect(output.basis[0].field).toBe("output");
      }
    });
  }

  it("mentions the requested description", () => {
    const output = generateOutput({ seed: "d", outputSchema: { type: "text", description: "A short market overview" }, input: INPUT });
    expect(output.content).toContain("A short market overview");
  });

  it("includes a Markdown table on some runs", () => {
    const tables = Array.from({ length: 40 }, (_, i) =>
      generateOutput({ seed: `table-${i}`, outputSchema: { type: "text" }, input: INPUT }),
    )
      .map((o) => o.content as string)
      .filter((text) => /^\| --- \| --- \|$/m.test(text)).length;
    expect(tables).toBeGreaterThan(0);
    expect(tables).toBeLessThan(40);
  });

  it("turns a question into a readable subject", () => {
    const output = generateOutput({ seed: "q", outputSchema: { type: "text" }, input: "What is the market size of cat food in Europe?" });
    expect(output.content).toMatch(/^## Market size of cat food in Europe: /);
  });

  it("is deterministic and varies with the seed", () => {
    const a = generateOutput({ seed: "x", outputSchema: { type: "text" }, input: INPUT });
    expect(generateOutput({ seed: "x", outputSchema: { type: "text" }, input: INPUT })).toEqual(a);
    expect(generateOutput({ seed: "y", outputSchema: { type: "text" }, input: INPUT })).not.toEqual(a);
  });

  it("contains no hostile markup unless asked", () => {
    for (let i = 0; i < 50; i++) {
      const text = JSON.stringify(generateOutput({ seed: `clean-${i}`, outputSchema: { type: "text" }, input: INPUT }));
      expect(text).not.toMatch(/<script|onerror|javascript:|<iframe/);
    }
  });
});

describe("generateOutput with an auto or missing schema", () => {
  const specs: Array<[string, OutputSchema | null | undefined]> = [
    ["{type:'auto'}", { type: "auto" }],
    ["null", null],
    ["undefined", undefined],
  ];
  for (const [label, outputSchema] of specs) {
    it(`returns a small JSON object about the input for ${label}`, () => {
      for (let i = 0; i < 50; i++) {
        const output = generateOutput({ seed: `auto-${i}`, outputSchema, input: "Acme Corp" });
        expectSchema("TaskRunJsonOutput", output);
        if (output.type !== "json") throw new Error("expected json output");
        expect(Object.keys(output.content)).toEqual(["summary", "key_facts", "confidence_note"]);
        expect(output.content.summary).toContain("Acme Corp");
        const facts = output.content.key_facts as string[];
        expect(facts.length).toBeGreaterThanOrEqual(2);
        expect(facts.every((f) => f.includes("Acme Corp"))).toBe(true);
        expect(output.basis.map((b) => b.field)).toEqual(["summary", "key_facts", "confidence_note"]);
        expect(JSON.stringify(output)).not.toContain(HOSTILE_URL);
      }
    });
  }
});
