import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { componentValidator, contractDocument } from "@/lib/testing/contract";
import {
  createTaskGroupRequestSchema,
  taskGroupRunRequestSchema,
  taskRunInputSchema,
  taskSpecSchema,
  webhookSchema,
} from "./task-run-input";

// The zod schemas at the gateway's edge must say what the OpenAPI contract says: the same fields,
// the same required ones, and agreement on concrete bodies.
type Component = { properties: Record<string, unknown>; required?: string[] };
const component = (name: string) => (contractDocument() as { components: { schemas: Record<string, Component> } }).components.schemas[name];
const shapeKeys = (schema: z.ZodObject) => Object.keys(schema.shape).sort();

const VALID_INPUT = {
  processor: "core",
  input: { country: "France", year: 2023 },
  metadata: { my_key: "my_value", n: 1, flag: true },
  task_spec: {
    output_schema: { type: "json", json_schema: { type: "object", properties: { gdp: { type: "string" } } } },
    input_schema: { type: "json", json_schema: { type: "object", properties: { country: { type: "string" } } } },
  },
  source_policy: { include_domains: ["example.com"] },
  enable_events: true,
  webhook: { url: "https://console.example.com/api/webhooks/parallel", event_types: ["task_run.status"] },
};

describe("zod schemas agree with the OpenAPI contract", () => {
  it.each([
    ["TaskRunInput", taskRunInputSchema],
    ["TaskGroupRunRequest", taskGroupRunRequestSchema],
    ["CreateTaskGroupRequest", createTaskGroupRequestSchema],
    ["TaskSpec", taskSpecSchema],
    ["Webhook", webhookSchema],
  ] as const)("%s has exactly the contract's fields", (name, schema) => {
    expect(shapeKeys(schema as unknown as z.ZodObject)).toEqual(Object.keys(component(name).properties).sort());
  });

  it.each([
    ["TaskRunInput", taskRunInputSchema, VALID_INPUT],
    ["TaskGroupRunRequest", taskGroupRunRequestSchema, { inputs: [VALID_INPUT], default_task_spec: { output_schema: "a text answer" } }],
    ["CreateTaskGroupRequest", createTaskGroupRequestSchema, { metadata: { name: "x" } }],
  ] as const)("%s: a body valid for the contract is valid for zod, and each required field is required by both", (name, schema, body) => {
    expect(componentValidator(name)(body)).toBe(true);
    expect(schema.safeParse(body).success).toBe(true);
    for (const field of component(name).required ?? []) {
      const without = { ...body } as Record<string, unknown>;
      delete without[field];
      expect(componentValidator(name)(without), `contract, without ${field}`).toBe(false);
      expect(schema.safeParse(without).success, `zod, without ${field}`).toBe(false);
    }
  });

  it.each([
    ["a number as input", { processor: "lite", input: 42 }],
    ["an object metadata value", { processor: "lite", input: "x", metadata: { nested: { a: 1 } } }],
    ["a processor that is not a string", { processor: 7, input: "x" }],
    ["a webhook without a url", { processor: "lite", input: "x", webhook: { event_types: ["task_run.status"] } }],
    [
      "a webhook event type the API does not send",
      { processor: "lite", input: "x", webhook: { url: "https://h.test", event_types: ["task_run.done"] } },
    ],
  ])("both refuse %s", (_label, body) => {
    expect(componentValidator("TaskRunInput")(body)).toBe(false);
    expect(taskRunInputSchema.safeParse(body).success).toBe(false);
  });
});
