import { expect, type APIRequestContext } from "@playwright/test";

// Builders for the runs tests: runs with chosen inputs and output schemas, added through the
// console's proxy of the API, and a wait for a group to finish.

export type OutputSchema = { type: "json"; json_schema: Record<string, unknown> } | { type: "text"; description?: string };

/** A small company profile: nested object, array and scalars, so outputs flatten to several columns. */
export const PROFILE_SCHEMA: OutputSchema = {
  type: "json",
  json_schema: {
    type: "object",
    additionalProperties: false,
    required: ["ceo", "founded", "headquarters", "products"],
    properties: {
      ceo: { type: "string", description: "Name of the CEO" },
      founded: { type: "integer", minimum: 1800, maximum: 2024 },
      headquarters: {
        type: "object",
        additionalProperties: false,
        required: ["city", "country"],
        properties: { city: { type: "string" }, country: { type: "string" } },
      },
      products: { type: "array", items: { type: "string" } },
    },
  },
};

export const SUMMARY_TEXT_SCHEMA: OutputSchema = { type: "text", description: "A short research summary" };

export interface RunInputSpec {
  input: string | Record<string, unknown>;
  processor?: string;
  metadata?: Record<string, string | number | boolean>;
}

/** `count` inputs `{company: "<label> #i", country}`. */
export function companyInputs(count: number, label: string, processor = "lite"): RunInputSpec[] {
  return Array.from({ length: count }, (_, i) => ({ processor, input: { company: `${label} #${i}`, country: "US" } }));
}

/** Adds the runs (1,000 at most per request); returns their ids in creation order. */
export async function addRunInputs(
  request: APIRequestContext,
  groupId: string,
  inputs: RunInputSpec[],
  outputSchema: OutputSchema = PROFILE_SCHEMA,
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < inputs.length; start += 1_000) {
    const response = await request.post(`/api/parallel/tasks/groups/${groupId}/runs`, {
      data: {
        inputs: inputs.slice(start, start + 1_000).map((i) => ({ processor: "lite", ...i })),
        default_task_spec: { output_schema: outputSchema },
      },
    });
    if (!response.ok()) throw new Error(`adding runs answered ${response.status()}: ${await response.text()}`);
    ids.push(...((await response.json()) as { run_ids: string[] }).run_ids);
  }
  return ids;
}

/** Waits until no run of the group is queued or running. */
export async function waitUntilIdle(request: APIRequestContext, groupId: string, timeoutMs = 30_000): Promise<void> {
  await expect
    .poll(async () => ((await (await request.get(`/api/groups/${groupId}`)).json()) as { is_active: boolean }).is_active, {
      timeout: timeoutMs,
    })
    .toBe(false);
}
