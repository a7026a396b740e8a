import type { APIRequestContext } from "@playwright/test";

// Builders for the browser tests: groups and runs made through the console's own API.

export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export async function createGroup(request: APIRequestContext, name?: string): Promise<string> {
  const response = await request.post("/api/groups", { data: { metadata: name === undefined ? {} : { name } } });
  if (response.status() !== 201) throw new Error(`POST /api/groups answered ${response.status()}: ${await response.text()}`);
  return ((await response.json()) as { taskgroup_id: string }).taskgroup_id;
}

export async function addRuns(request: APIRequestContext, groupId: string, count: number, processor = "lite"): Promise<void> {
  const response = await request.post(`/api/parallel/tasks/groups/${groupId}/runs`, {
    data: {
      inputs: Array.from({ length: count }, (_, i) => ({ processor, input: { company: `E2E Company ${i}`, country: "US" } })),
      default_task_spec: {
        output_schema: { type: "json", json_schema: { type: "object", properties: { ceo: { type: "string" } }, required: ["ceo"] } },
      },
    },
  });
  if (!response.ok()) throw new Error(`adding runs answered ${response.status()}: ${await response.text()}`);
}

export interface CreatedGroup {
  groupId: string;
  name: string;
}

/** A group named `label` plus a unique suffix, with `runs` runs on `processor`. */
export async function createGroupWithRuns(
  request: APIRequestContext,
  label: string,
  runs: number,
  processor?: string,
): Promise<CreatedGroup> {
  const name = uniqueName(label);
  const groupId = await createGroup(request, name);
  await addRuns(request, groupId, runs, processor);
  return { groupId, name };
}

/**
 * Takes the group off the console's list (the group stays upstream). Its page then shows nothing
 * from the server: the browser adds the group back and asks for everything itself, so a test can
 * answer those requests with `page.route`.
 */
export async function forgetGroup(request: APIRequestContext, groupId: string): Promise<void> {
  const response = await request.delete(`/api/groups/${groupId}`);
  if (response.status() !== 204) throw new Error(`DELETE /api/groups/${groupId} answered ${response.status()}: ${await response.text()}`);
}

/**
 * Chromium logs every 4xx/5xx response as a console error. A test that provokes one on purpose
 * removes exactly those (and asserts it saw them) so the fixture still fails on anything else.
 */
export function dropExpectedResourceErrors(errors: string[], status: number): void {
  const expected = errors.filter((e) => e.includes(`Failed to load resource: the server responded with a status of ${status}`));
  if (expected.length === 0) throw new Error(`expected the browser to log an HTTP ${status} response`);
  errors.splice(0, errors.length, ...errors.filter((e) => !expected.includes(e)));
}
