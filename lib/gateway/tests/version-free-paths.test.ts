import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiPrefix } from "@/lib/emulator/options";
import type { TaskGroupResponse, TaskGroupRunResponse, TaskRun, TaskRunResult } from "@/lib/parallel/types";
import type { ConsoleDatabase } from "@/lib/registry/database-schema";
import { listGroups } from "@/lib/registry/list-groups";
import { fetchSse } from "@/lib/testing/sse";
import { startRegistryGateway, type RegistryGateway, type TestGateway } from "./gateway-harness";

// The console's pages call version-free gateway paths (`/api/parallel/tasks/...`). Against an
// upstream that serves only the configured prefix (and, as the real API, the single-run endpoints
// under /v1 only), every call the pages make lands, and the registry hears of what they create.

const LONG_MS = 30_000;

describe.each(["v1", "v1beta"] as const)("with PARALLEL_API_PREFIX=%s against an upstream serving only it", (prefix: ApiPrefix) => {
  let setup: RegistryGateway;
  let gateway: TestGateway;
  let db: ConsoleDatabase;

  beforeAll(async () => {
    setup = await startRegistryGateway(prefix, { apiPrefixes: [prefix] });
    ({ gateway, db } = setup);
  });

  afterAll(() => setup.close());

  const call = async <T>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${gateway.baseURL}${path}`, {
      ...init,
      headers: { "content-type": "application/json", ...init.headers },
    });
    return { status: response.status, body: (await response.json()) as T };
  };

  it(
    "creates a group, adds runs and reads both streams through version-free paths; the registry records them",
    async () => {
      const name = `version-free ${prefix}`;
      const created = await call<TaskGroupResponse>("/tasks/groups", { method: "POST", body: JSON.stringify({ metadata: { name } }) });
      expect(created.status).toBe(200);
      const groupId = created.body.taskgroup_id;
      const added = await call<TaskGroupRunResponse>(`/tasks/groups/${groupId}/runs`, {
        method: "POST",
        body: JSON.stringify({
          inputs: [
            { processor: "lite", input: "a" },
            { processor: "lite", input: "b" },
          ],
        }),
      });
      expect(added.status).toBe(200);
      expect(added.body.run_ids).toHaveLength(2);

      const events = await fetchSse(`${gateway.baseURL}/tasks/groups/${groupId}/events`, {}, { timeLimitMs: LONG_MS });
      expect(events.status).toBe(200);
      expect(events.ended).toBe("closed");
      const runs = await fetchSse(`${gateway.baseURL}/tasks/groups/${groupId}/runs`);
      expect(runs.status).toBe(200);
      expect(runs.events.map((e) => (e.data as { run: TaskRun }).run.run_id)).toEqual(added.body.run_ids);
      await expect
        .poll(async () => (await listGroups({ db, q: name })).items[0], { timeout: LONG_MS })
        .toMatchObject({ taskgroup_id: groupId, num_runs: 2, is_active: false });
    },
    LONG_MS,
  );

  it(
    "reads a run, its result, its input and its progress stream through version-free paths",
    async () => {
      const group = await call<TaskGroupResponse>("/tasks/groups", { method: "POST", body: "{}" });
      const groupId = group.body.taskgroup_id;
      const added = await call<TaskGroupRunResponse>(`/tasks/groups/${groupId}/runs`, {
        method: "POST",
        body: JSON.stringify({ inputs: [{ processor: "lite", input: "the question" }] }),
      });
      const runId = added.body.run_ids[0];
      const result = await call<TaskRunResult>(`/tasks/runs/${runId}/result?timeout=60`);
      expect(result.status).toBe(200);
      expect(result.body.run).toMatchObject({ run_id: runId, status: "completed" });
      expect(await call<TaskRun>(`/tasks/runs/${runId}`)).toMatchObject({ status: 200, body: { run_id: runId, taskgroup_id: groupId } });
      expect(await call(`/tasks/runs/${runId}/input`)).toMatchObject({ status: 200, body: { input: "the question" } });
      expect(await call(`/tasks/groups/${groupId}/runs/${runId}`)).toMatchObject({ status: 200, body: { run_id: runId } });
      const progress = await fetchSse(`${gateway.baseURL}/tasks/runs/${runId}/events`, {}, { timeLimitMs: LONG_MS });
      expect(progress.status).toBe(200);
      expect((progress.events.at(-1)?.data as { type: string }).type).toBe("task_run.state");
    },
    LONG_MS * 2,
  );
});
