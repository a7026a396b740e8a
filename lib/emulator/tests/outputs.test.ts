import { describe, expect, it } from "vitest";
import type { FieldBasis, TaskRunInput, TaskRunOutput, TaskRunResult, TaskSpec } from "@/lib/parallel/types";
import type { ApiClient } from "@/lib/testing/api-client";
import { expectSchema } from "@/lib/testing/contract";
import { buildInputs, createFinishedGroup, readRunsStream, sharedEmulator, withEmulator } from "@/lib/testing/emulator-harness";
import { expectMatchesJsonSchema } from "@/lib/testing/expect-json-schema";
import { COMPANY_PROFILE_SCHEMA, jsonSpec, SUMMARY_SCHEMA } from "@/lib/testing/sample-schemas";
import { runStateEvents } from "@/lib/testing/stream-events";

// What the console shows for a finished run: output shaped by the run's schema, with a basis of
// citations per field, the same every time for the same question.

const emulator = sharedEmulator();

const MARKDOWN_PATTERN = /(^|\n)(#{1,6} |[-*] |\d+\. |> )|\*\*[^*]+\*\*|\[[^\]]+\]\([^)]+\)/;
const CONFIDENCE_LEVELS = ["low", "medium", "high"];

async function outputsOf(api: ApiClient, inputs: TaskRunInput[], defaultTaskSpec?: TaskSpec): Promise<TaskRunOutput[]> {
  const { groupId } = await createFinishedGroup(api, inputs.length, { inputs, defaultTaskSpec });
  const events = runStateEvents(await readRunsStream(api, groupId, { include_output: true }));
  expect(events.map((e) => e.run.status)).toEqual(inputs.map(() => "completed"));
  return events.map((e) => {
    expect(e.output, `run ${e.run.run_id} has no output`).toBeTruthy();
    return e.output!;
  });
}

function expectWellSupportedBasis(basis: FieldBasis[], fields: string[]): void {
  expect(basis.map((b) => b.field).sort()).toEqual([...fields].sort());
  for (const entry of basis) {
    expect(entry.reasoning.length, `reasoning for ${entry.field}`).toBeGreaterThan(0);
    expect(entry.citations.length, `citations for ${entry.field}`).toBeGreaterThanOrEqual(1);
    expect(entry.citations.length, `citations for ${entry.field}`).toBeLessThanOrEqual(3);
    for (const citation of entry.citations) {
      expect(new URL(citation.url).protocol).toMatch(/^https?:$/);
      expect(typeof citation.title).toBe("string");
      expect(citation.excerpts?.length ?? 0).toBeGreaterThan(0);
      for (const excerpt of citation.excerpts ?? []) expect(excerpt.length).toBeGreaterThan(0);
    }
    expect(CONFIDENCE_LEVELS).toContain(entry.confidence);
  }
}

describe("JSON outputs", () => {
  it("match the run's schema (nested objects, arrays, enums, integers, formats) with a basis per top-level field", async () => {
    const outputs = await outputsOf(emulator().api, buildInputs(12, { label: "Profile" }), jsonSpec(COMPANY_PROFILE_SCHEMA));
    for (const output of outputs) {
      expect(output.type).toBe("json");
      expectSchema("TaskRunJsonOutput", output);
      expectMatchesJsonSchema(COMPANY_PROFILE_SCHEMA, output.content, "output content");
      expectWellSupportedBasis(output.basis, Object.keys(output.content as Record<string, unknown>));
    }
  });

  it("an auto schema (or no task spec) gives a JSON object, its basis, and the schema it chose", async () => {
    const inputs = buildInputs(2, { label: "Auto" });
    inputs[0].task_spec = { output_schema: { type: "auto" } };
    for (const output of await outputsOf(emulator().api, inputs)) {
      expect(output.type).toBe("json");
      const content = output.content as Record<string, unknown>;
      expect(Object.keys(content).length).toBeGreaterThan(0);
      expectWellSupportedBasis(output.basis, Object.keys(content));
      // The contract: output_schema is "populated only if the task was executed with an auto schema".
      const chosen = (output as { output_schema?: Record<string, unknown> | null }).output_schema;
      expect(chosen, "auto output carries output_schema").toBeTruthy();
      expectMatchesJsonSchema(chosen!, content, "auto output content");
    }
  });

  it("a run's own task spec wins over the group default", async () => {
    const inputs = buildInputs(2, { label: "Override" });
    inputs[1].task_spec = { output_schema: { type: "text", description: "A short report" } };
    const [fromDefault, fromOwn] = await outputsOf(emulator().api, inputs, jsonSpec(SUMMARY_SCHEMA));
    expect(fromDefault.type).toBe("json");
    expectMatchesJsonSchema(SUMMARY_SCHEMA, fromDefault.content);
    expect(fromOwn.type).toBe("text");
  });

  it("the runs stream and the result endpoint give the same output", async () => {
    const api = emulator().api;
    const { groupId, added } = await createFinishedGroup(api, 2, { schema: SUMMARY_SCHEMA });
    const streamed = runStateEvents(await readRunsStream(api, groupId, { include_output: true }));
    for (const [index, runId] of added.run_ids.entries()) {
      const result = await api.json<TaskRunResult>("GET", `/tasks/runs/${runId}/result`);
      expect(result.body.output).toEqual(streamed[index].output);
    }
  });
});

describe("text outputs", () => {
  it.each([
    ["a text schema", { type: "text", description: "A market overview" }],
    ["a bare-string schema", "A market overview"],
  ])("%s gives Markdown text with a basis for the whole output", async (_label, outputSchema) => {
    const outputs = await outputsOf(emulator().api, buildInputs(3, { label: "Text" }), { output_schema: outputSchema } as TaskSpec);
    for (const output of outputs) {
      expect(output.type).toBe("text");
      expectSchema("TaskRunTextOutput", output);
      expect(typeof output.content).toBe("string");
      expect(output.content as string).toMatch(MARKDOWN_PATTERN);
      // The contract: "The basis has a single field 'output'."
      expectWellSupportedBasis(output.basis, ["output"]);
    }
  });
});

describe("determinism", () => {
  it("the same input and spec give the same content in another group; other inputs give other content", async () => {
    const api = emulator().api;
    const inputs = buildInputs(4, { label: "Same" });
    const spec = jsonSpec(COMPANY_PROFILE_SCHEMA);
    const first = await outputsOf(api, inputs, spec);
    const second = await outputsOf(api, inputs, spec);
    expect(second.map((o) => o.content)).toEqual(first.map((o) => o.content));

    const contents = new Set(first.map((o) => JSON.stringify(o.content)));
    expect(contents.size, "different inputs should not all give one answer").toBe(inputs.length);
    const other = await outputsOf(api, buildInputs(4, { label: "Different" }), spec);
    expect(other.map((o) => o.content)).not.toEqual(first.map((o) => o.content));
  });
});

describe("hostile content", () => {
  const HOSTILE_PATTERN = /<script|onerror|javascript:/i;

  it("when enabled, outputs carry script tags, event handlers or javascript: links", async () => {
    await withEmulator({ hostileContent: true }, async ({ api }) => {
      const text = await outputsOf(api, buildInputs(5, { label: "Hostile" }), { output_schema: "A report" });
      const json = await outputsOf(api, buildInputs(5, { label: "Hostile" }), jsonSpec(COMPANY_PROFILE_SCHEMA));
      expect(
        text.some((o) => HOSTILE_PATTERN.test(JSON.stringify(o))),
        "in text outputs",
      ).toBe(true);
      expect(
        json.some((o) => HOSTILE_PATTERN.test(JSON.stringify(o))),
        "in JSON outputs",
      ).toBe(true);
      // Still well-formed: hostile strings hide inside valid outputs, they do not break them.
      for (const output of json) expectMatchesJsonSchema(COMPANY_PROFILE_SCHEMA, output.content);
      for (const output of [...text, ...json]) expectSchema(output.type === "json" ? "TaskRunJsonOutput" : "TaskRunTextOutput", output);
    });
  });

  it("by default, outputs carry none", async () => {
    const text = await outputsOf(emulator().api, buildInputs(5, { label: "Hostile" }), { output_schema: "A report" });
    for (const output of text) expect(JSON.stringify(output)).not.toMatch(HOSTILE_PATTERN);
  });
});
