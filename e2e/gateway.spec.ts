import Parallel from "parallel-web";
import { expect, test } from "./fixtures";
import { SERVERS } from "./servers";
import { createTokenAs } from "./tokens-api";

// The gateway as served by the real, built Next.js app: the official SDK works through it unchanged,
// and streams are relayed event by event, not gzipped or buffered.
// The SDK holds an operator's personal API token, made through the console's API (no session cookie).
let token = "";
let sdk: Parallel | undefined;
const client = () => (sdk ??= new Parallel({ apiKey: token, baseURL: `${SERVERS.main.consoleUrl}/api/parallel`, maxRetries: 0 }));

test.beforeAll(async ({ playwright }) => {
  token = await createTokenAs(playwright.request, SERVERS.main.consoleUrl, "operator", {
    name: "gateway e2e",
    scope: "write",
    expiresInDays: 7,
  });
});

test("the official SDK works through the console's gateway", async () => {
  const group = await client().taskGroup.create({ metadata: { name: "sdk through next" } });
  const added = await client().taskGroup.addRuns(group.taskgroup_id, {
    inputs: Array.from({ length: 20 }, (_, i) => ({ processor: "lite", input: { company: `Gateway Co ${i}` } })),
    default_task_spec: {
      output_schema: { type: "json", json_schema: { type: "object", properties: { ceo: { type: "string" } }, required: ["ceo"] } },
    },
  });
  const finished = new Set<string>();
  for await (const event of await client().taskGroup.events(group.taskgroup_id)) {
    if (event.type === "task_run.state") finished.add(event.run.run_id);
  }
  expect(finished).toEqual(new Set(added.run_ids));
  const outputs: unknown[] = [];
  for await (const event of await client().taskGroup.getRuns(group.taskgroup_id, { include_output: true })) {
    if (event.type === "task_run.state") outputs.push((event.output?.content as { ceo?: string } | undefined)?.ceo);
  }
  expect(outputs).toHaveLength(20);
  expect(outputs.every((ceo) => typeof ceo === "string" && ceo.length > 0)).toBe(true);
});

test("the events stream reaches the client while the group is still running, uncompressed", async () => {
  const group = await client().taskGroup.create({});
  await client().taskGroup.addRuns(group.taskgroup_id, {
    inputs: Array.from({ length: 10 }, (_, i) => ({ processor: "core", input: `slow question ${i}` })),
  });
  const response = await fetch(`${SERVERS.main.consoleUrl}/api/parallel/v1/tasks/groups/${group.taskgroup_id}/events`, {
    headers: { "accept-encoding": "gzip, br", authorization: `Bearer ${token}` },
  });
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  expect(response.headers.get("content-encoding")).toBeNull();
  const reader = response.body!.getReader();
  const first = new TextDecoder().decode((await reader.read()).value);
  expect(first).toContain("event: task_group_status");
  expect(first).toContain('"is_active":true');
  await reader.cancel();
  expect((await client().taskGroup.retrieve(group.taskgroup_id)).status.is_active).toBe(true);
});
