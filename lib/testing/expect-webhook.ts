import { expect } from "vitest";
import type { TaskRun } from "@/lib/parallel/types";
import { expectSchema } from "./contract";
import type { ReceivedWebhook } from "./webhook-receiver";

const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A `task_run.status` delivery as Parallel documents it (the contract has no schema for the envelope,
 * so it is checked here; `data` is checked against the contract's TaskRun). Returns the run.
 */
export function expectStatusWebhook(delivery: ReceivedWebhook): TaskRun {
  expect(delivery.headers["content-type"]).toMatch(/^application\/json/);
  expect(delivery.headers["webhook-id"]).toMatch(/\S/);
  expect(delivery.headers["webhook-timestamp"]).toMatch(/^\d+$/);
  expect(delivery.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
  const body = JSON.parse(delivery.body) as { timestamp: unknown; type: unknown; data: unknown };
  expect(Object.keys(body).sort()).toEqual(["data", "timestamp", "type"]);
  expect(body.type).toBe("task_run.status");
  expect(body.timestamp).toMatch(RFC_3339);
  expectSchema("TaskRun", body.data);
  return body.data as TaskRun;
}
