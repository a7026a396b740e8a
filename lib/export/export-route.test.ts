import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/groups/[id]/export/route";
import { GET as getRunsPage } from "@/app/api/groups/[id]/runs/route";
import { createFinishedListedGroup, createListedGroup } from "@/lib/registry/listed-group-builders";
import { callRoute, routeTestDeps, setUpRouteTests } from "@/lib/registry/route-test-support";
import type { RunsPage } from "@/lib/run-cache/get-runs-page";
import { addManyRuns } from "@/lib/run-cache/test-support";
import { COMPANY_PROFILE_SCHEMA, jsonSpec } from "@/lib/testing/sample-schemas";
import { getGroup } from "@/lib/testing/task-group-builders";
import type { TaskRun, TaskRunInput, TaskRunOutput } from "@/lib/parallel/types";
import { CSV_RUN_COLUMNS } from "./csv-lines";

const upstream = setUpRouteTests({ failureRate: 0.2 });

async function exportOf(groupId: string, query = "") {
  const request = new Request(`http://console.test/api/groups/${groupId}/export${query}`);
  const response = await GET.withDeps(routeTestDeps())(request, { params: Promise.resolve({ id: groupId }) });
  const reader = response.body!.getReader();
  // ignoreBOM keeps a byte order mark in the text, so the test can see it.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let text = "";
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks++;
    text += decoder.decode(value, { stream: true });
  }
  return { response, text, chunks };
}

async function waitForRunsToFinish(runIds: string[]): Promise<void> {
  for (const runId of runIds) {
    const result = await upstream().api.json("GET", `/v1/tasks/runs/${runId}/result`, { query: { timeout: 20 } });
    expect([200, 404]).toContain(result.status);
  }
}

/** A strict RFC 4180 reader, so the test does not trust the writer's own helpers. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += c;
  }
  expect(field, "the file ends with CRLF").toBe("");
  return records;
}

describe("GET /api/groups/{id}/export", () => {
  let groupId = "";
  let runIds: string[] = [];

  it("streams a CSV of every run: run columns, flattened inputs and outputs, one record per run", async () => {
    ({ groupId, runIds } = await createFinishedListedGroup(upstream().api, {
      metadata: { name: "Acme Suppliers, Q3" },
      runs: 40,
      runOptions: { defaultTaskSpec: jsonSpec(COMPANY_PROFILE_SCHEMA), processor: "lite" },
      timeoutMs: 30_000,
    }));

    // Nothing was cached before: the export reads the whole group first.
    const { response, text } = await exportOf(groupId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="acme-suppliers-q3-${groupId}.csv"`);
    expect(text.startsWith("\uFEFF")).toBe(false);

    const [header, ...records] = parseCsv(text);
    expect(header.slice(0, CSV_RUN_COLUMNS.length)).toEqual([...CSV_RUN_COLUMNS]);
    expect(header).toContain("input");
    expect(header).toEqual(
      expect.arrayContaining([
        "output.name",
        "output.headquarters.city",
        "output.headquarters.coordinates.lat",
        "output.executives",
        "output.tags",
      ]),
    );
    expect(records.map((r) => r[0])).toEqual(runIds);
    for (const record of records) expect(record.length).toBe(header.length);

    const col = (name: string) => header.indexOf(name);
    const counts = (await getGroup(upstream().api, groupId)).status.task_run_status_counts;
    const failed = records.filter((r) => r[col("status")] === "failed");
    expect(failed.length).toBe(counts.failed ?? 0);
    expect(failed.every((r) => r[col("error")] !== "" && r[col("output.name")] === "")).toBe(true);
    const completed = records.filter((r) => r[col("status")] === "completed");
    expect(completed.length).toBe(counts.completed);
    expect(completed.every((r) => r[col("output.name")] !== "" && r[col("input")].includes("find the company's profile"))).toBe(true);
    // Arrays keep their exact JSON in the export.
    expect(() => JSON.parse(completed[0][col("output.tags")])).not.toThrow();
  });

  it("streams JSONL with one {run, input, output} per line, filtered by status and search", async () => {
    const { response, text } = await exportOf(groupId, "?format=jsonl&status=completed");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="acme-suppliers-q3-${groupId}.jsonl"`);
    const lines = text
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { run: TaskRun; input: TaskRunInput; output: TaskRunOutput });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.run.status === "completed" && line.input.input && line.output.type === "json")).toBe(true);

    const searched = await exportOf(groupId, `?format=jsonl&q=${encodeURIComponent("company 0 #7:")}`);
    expect(
      searched.text
        .trimEnd()
        .split("\n")
        .map((line) => (JSON.parse(line) as { run: TaskRun }).run.run_id),
    ).toEqual([runIds[7]]);
  });

  it("starts with a byte order mark when asked, and gives a header alone when nothing matches", async () => {
    const { text } = await exportOf(groupId, `?bom=1&q=${encodeURIComponent("no such run anywhere")}`);
    expect(text).toBe(`\uFEFF${CSV_RUN_COLUMNS.join(",")}\r\n`);
  });

  it("streams a large group in many chunks rather than one buffered body", async () => {
    const { groupId: largeGroupId } = await createFinishedListedGroup(upstream().api, { runs: 3_000, timeoutMs: 60_000 });
    const { text, chunks } = await exportOf(largeGroupId);
    expect(parseCsv(text).length).toBe(3_001);
    expect(chunks).toBeGreaterThanOrEqual(3);
  });

  it("exports a group that is still active as of now: every run so far, finished ones with their outputs", async () => {
    const group = await createListedGroup(upstream().api, { name: "still running" });
    // core: 0.12–0.6 s at this time scale.
    const quick = await addManyRuns(upstream().api, group.taskgroup_id, 10, {
      defaultTaskSpec: jsonSpec(COMPANY_PROFILE_SCHEMA),
      processor: "core",
    });
    // ultra8x takes 0.6 s to over 14 s at this time scale: the group stays active during the export.
    const slow = await addManyRuns(upstream().api, group.taskgroup_id, 5, {
      defaultTaskSpec: jsonSpec(COMPANY_PROFILE_SCHEMA),
      processor: "ultra8x",
    });
    // The table reads a page at once, so the cache holds these runs while they are active.
    const page = await callRoute<RunsPage>(getRunsPage, "GET", `/api/groups/${group.taskgroup_id}/runs`, {
      params: { id: group.taskgroup_id },
    });
    expect(page.body.items.some((item) => quick.includes(item.run.run_id) && item.run.is_active)).toBe(true);
    await waitForRunsToFinish(quick);
    expect((await getGroup(upstream().api, group.taskgroup_id)).status.is_active).toBe(true);

    const { text } = await exportOf(group.taskgroup_id);
    const [header, ...records] = parseCsv(text);
    expect(records.map((r) => r[0])).toEqual([...quick, ...slow]);
    const col = (name: string) => header.indexOf(name);
    // The quick runs finished after the cache first saw them queued: the export caught them up.
    const quickRecords = records.filter((r) => quick.includes(r[0]));
    expect(quickRecords.every((r) => r[col("status")] === "completed" || r[col("status")] === "failed")).toBe(true);
    const done = records.filter((r) => r[col("status")] === "completed");
    expect(done.length).toBeGreaterThan(0);
    expect(done.every((r) => r[col("output.name")] !== "")).toBe(true);
  });

  it("answers JSON errors for an unknown group and a bad query", async () => {
    const unknown = await exportOf("tgrp_0123456789abcdef0123456789abcdef");
    expect(unknown.response.status).toBe(404);
    expect(JSON.parse(unknown.text).error.code).toBe("not_found");
    const bad = await exportOf(groupId, "?format=xml");
    expect(bad.response.status).toBe(422);
    expect(JSON.parse(bad.text).error.message).toContain("'format'");
  });
});
