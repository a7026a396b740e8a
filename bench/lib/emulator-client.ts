// Builds benchmark groups on an emulator over its public API (add-runs POSTs of 1,000 inputs, a
// few in flight), and reads its summary and connection counters.

export interface EmulatorTarget {
  /** e.g. http://127.0.0.1:4210 (the emulator serves both /v1beta and /v1). */
  url: string;
  apiKey?: string;
}

export const MAX_INPUTS_PER_REQUEST = 1_000;
const ADD_RUNS_IN_FLIGHT = 2;
const MAX_RATE_LIMIT_RETRIES = 10;

/**
 * One output field: with its basis (reasoning and 1–3 citations) an event with input and output is
 * about 1.4 kB, the smallest realistic result of a research task.
 */
export const BENCH_OUTPUT_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["sector"],
  properties: { sector: { type: "string", enum: ["software", "hardware", "finance", "health", "energy", "retail"] } },
} as const;

export const BENCH_TASK_SPEC = { output_schema: { type: "json", json_schema: BENCH_OUTPUT_SCHEMA } } as const;

export interface BuildGroupOptions {
  runs: number;
  processor?: string;
  label?: string;
  /** Stop with an error after this long. */
  timeLimitMs: number;
}

function headers(target: EmulatorTarget): Record<string, string> {
  return { "content-type": "application/json", ...(target.apiKey ? { "x-api-key": target.apiKey } : {}) };
}

async function call<T>(
  target: EmulatorTarget,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T; retryAfterS: number }> {
  const response = await fetch(`${target.url}/v1beta${path}`, {
    method,
    headers: headers(target),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : null) as T,
    retryAfterS: Number(response.headers.get("retry-after") ?? 1),
  };
}

export async function createGroup(target: EmulatorTarget, metadata: Record<string, string | number> = {}): Promise<string> {
  const { status, body } = await call<{ taskgroup_id: string }>(target, "POST", "/tasks/groups", { metadata });
  if (status !== 200) throw new Error(`create group answered ${status}: ${JSON.stringify(body)}`);
  return body.taskgroup_id;
}

export function benchInputs(from: number, count: number, processor: string, label: string) {
  return Array.from({ length: count }, (_, k) => ({
    input: `${label} ${from + k}`,
    processor,
    metadata: { index: from + k },
  }));
}

/** POSTs one batch of inputs, waiting out 429s (Retry-After) a bounded number of times. */
async function addBatch(target: EmulatorTarget, groupId: string, inputs: unknown[], deadlineMs: number): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const { status, body, retryAfterS } = await call(target, "POST", `/tasks/groups/${groupId}/runs?refresh_status=false`, {
      inputs,
      default_task_spec: BENCH_TASK_SPEC,
    });
    if (status === 200) return;
    if (status !== 429 || attempt >= MAX_RATE_LIMIT_RETRIES || Date.now() + retryAfterS * 1_000 > deadlineMs) {
      throw new Error(`add runs answered ${status}: ${JSON.stringify(body).slice(0, 300)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, retryAfterS * 1_000));
  }
}

/** Adds `runs` runs to the group in POSTs of 1,000 with a few in flight; returns the time taken (ms). */
export async function addRunsInBatches(target: EmulatorTarget, groupId: string, options: BuildGroupOptions): Promise<number> {
  const { runs, processor = "lite", label = "Acme", timeLimitMs } = options;
  const startMs = performance.now();
  const deadlineMs = Date.now() + timeLimitMs;
  let next = 0;
  const worker = async () => {
    while (next < runs) {
      if (Date.now() > deadlineMs) throw new Error(`adding ${runs} runs exceeded ${timeLimitMs} ms (${next} sent)`);
      const from = next;
      const count = Math.min(MAX_INPUTS_PER_REQUEST, runs - from);
      next += count;
      await addBatch(target, groupId, benchInputs(from, count, processor, label), deadlineMs);
    }
  };
  await Promise.all(Array.from({ length: ADD_RUNS_IN_FLIGHT }, worker));
  return performance.now() - startMs;
}

export interface GroupStatus {
  num_task_runs: number;
  is_active: boolean;
  task_run_status_counts: Record<string, number>;
}

export async function getGroupStatus(target: EmulatorTarget, groupId: string): Promise<GroupStatus> {
  const { status, body } = await call<{ status: GroupStatus }>(target, "GET", `/tasks/groups/${groupId}`);
  if (status !== 200) throw new Error(`get group answered ${status}`);
  return body.status;
}

/** Polls the summary until no run is queued or running. */
export async function waitUntilInactive(target: EmulatorTarget, groupId: string, timeLimitMs: number): Promise<GroupStatus> {
  const deadlineMs = Date.now() + timeLimitMs;
  for (;;) {
    const status = await getGroupStatus(target, groupId);
    if (!status.is_active) return status;
    if (Date.now() > deadlineMs)
      throw new Error(`group ${groupId} still active after ${timeLimitMs} ms: ${JSON.stringify(status.task_run_status_counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A finished group of `runs` completed runs with inputs, a JSON output schema and outputs. */
export async function buildFinishedGroup(
  target: EmulatorTarget,
  options: BuildGroupOptions,
): Promise<{ groupId: string; addMs: number; readyMs: number }> {
  const startMs = performance.now();
  const groupId = await createGroup(target, { bench: options.label ?? "group", runs: options.runs });
  const addMs = await addRunsInBatches(target, groupId, options);
  await waitUntilInactive(target, groupId, options.timeLimitMs);
  return { groupId, addMs, readyMs: performance.now() - startMs };
}

export interface EmulatorStatsSnapshot {
  eventsStreamsOpened: number;
  eventsStreamsOpen: number;
  runsStreamsOpened: number;
}

export async function getEmulatorStats(target: EmulatorTarget): Promise<EmulatorStatsSnapshot> {
  const response = await fetch(`${target.url}/__emulator/stats`);
  if (!response.ok) throw new Error(`emulator stats answered ${response.status}`);
  return (await response.json()) as EmulatorStatsSnapshot;
}
