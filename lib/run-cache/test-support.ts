import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../emulator";
import type { UpstreamTarget } from "../parallel/upstream-target";
import { createApiClient, type ApiClient } from "../testing/api-client";
import { addRuns, type AddRunsOptions } from "../testing/task-group-builders";

// Test-only helpers shared by the run-cache and /api/groups tests (not collected as a test file).

export interface TestUpstream {
  emulator: RunningEmulator;
  api: ApiClient;
  target: UpstreamTarget;
}

export async function startTestUpstream(options: Partial<EmulatorOptions> = {}): Promise<TestUpstream> {
  const emulator = await startEmulator({ port: 0, dbPath: ":memory:", timeScale: 0.002, ...options });
  return {
    emulator,
    api: createApiClient({ baseUrl: emulator.url }),
    target: { baseUrl: emulator.url, prefix: "v1beta", apiKey: undefined },
  };
}

const MAX_INPUTS_PER_REQUEST = 1_000;

/** Adds `count` runs in requests of at most 1,000; returns their ids in creation order. */
export async function addManyRuns(api: ApiClient, groupId: string, count: number, options: AddRunsOptions = {}): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; offset < count; offset += MAX_INPUTS_PER_REQUEST) {
    const size = Math.min(MAX_INPUTS_PER_REQUEST, count - offset);
    const added = await addRuns(api, groupId, size, {
      ...options,
      metadata: (index) => ({ index: offset + index }),
      label: `${options.label ?? "Company"} ${offset / MAX_INPUTS_PER_REQUEST}`,
    });
    ids.push(...added.run_ids);
  }
  return ids;
}
