import { describe, expect, it } from "vitest";
import type { Metadata, TaskRunInput } from "../parallel/types";
import { MemoryJournal } from "./memory-journal";
import { retryFailedBatches } from "./retry-failed-batches";
import { runUpload, type RunUploadOptions } from "./run-upload";
import type { AddRunsBody, AddRunsOutcome, RegistryBatch, UploadApi } from "./upload-api";
import { taggedMetadata, UploadWriter } from "./write-upload";

// A fake upstream that keeps the runs it created, so every scenario ends by counting rows.
class FakeUpstream implements UploadApi {
  groups = new Map<string, Array<{ metadata: Metadata; cursor: string }>>();
  groupMetadata = new Map<string, Metadata>();
  addCalls = 0;
  streamReads: Array<string | null> = [];
  registry: string[] = [];
  /** Decides each add-runs answer; `create` says whether the runs are created first. */
  script: (call: number, body: AddRunsBody) => { create: boolean; outcome?: AddRunsOutcome } = () => ({ create: true });
  createGroupFails = 0;

  async createGroup(metadata: Metadata) {
    const id = `tgrp_${this.groups.size + 1}`;
    this.groups.set(id, []);
    this.groupMetadata.set(id, metadata);
    if (this.createGroupFails-- > 0) throw new Error("socket hang up");
    return id;
  }
  async findGroupOfUpload(uploadId: string) {
    for (const [id, metadata] of this.groupMetadata) if (metadata.upload_id === uploadId) return id;
    return null;
  }
  async addRuns(groupId: string, body: AddRunsBody): Promise<AddRunsOutcome> {
    const call = ++this.addCalls;
    const { create, outcome } = this.script(call, body);
    const runs = this.groups.get(groupId)!;
    const runCursor = runs.length === 0 ? null : runs[runs.length - 1].cursor;
    if (create)
      for (const input of body.inputs) runs.push({ metadata: input.metadata!, cursor: `r${String(runs.length + 1).padStart(8, "0")}` });
    return outcome ?? { kind: "ok", runIds: body.inputs.map(() => "trun_x"), runCursor };
  }
  async readUploadRows(groupId: string, uploadId: string, afterCursor: string | null) {
    this.streamReads.push(afterCursor);
    const runs = this.groups.get(groupId)!.filter((r) => afterCursor === null || r.cursor > afterCursor);
    return new Set(runs.filter((r) => r.metadata.upload_id === uploadId).map((r) => Number(r.metadata.row)));
  }
  registeredBatches: RegistryBatch[] = [];
  /** The registry's writes fail, as those still queued in a page that is reloaded. */
  registryDown = false;
  async registerUpload(record: { id: string; batches: RegistryBatch[] }) {
    if (this.registryDown) throw new Error("page unloaded");
    this.registry.push(`register ${record.id}`);
    this.registeredBatches = record.batches;
  }
  async recordBatch(_uploadId: string, index: number, outcome: { state: string }) {
    if (this.registryDown) throw new Error("page unloaded");
    this.registry.push(`batch ${index} ${outcome.state}`);
  }
  async recordUploadState(_uploadId: string, state: string) {
    this.registry.push(`upload ${state}`);
  }

  rowsOf(groupId: string, uploadId: string): number[] {
    return this.groups
      .get(groupId)!
      .filter((r) => r.metadata.upload_id === uploadId)
      .map((r) => Number(r.metadata.row))
      .sort((a, b) => a - b);
  }
}

const instantSleep = async () => {};

async function writeRows(journal: MemoryJournal, rows: number, groupId: string | null = null) {
  const id = `upl_test${Math.random().toString(16).slice(2, 10)}`;
  const writer = await UploadWriter.begin(journal, {
    id,
    kind: "file",
    label: "companies.csv",
    groupId,
    newGroupMetadata: groupId ? null : { name: "Companies", upload_id: id },
    defaultTaskSpec: { output_schema: { type: "text" } },
    processor: "lite",
    draftKey: "new",
  });
  for (let row = 1; row <= rows; row++) {
    const input: TaskRunInput = { processor: "lite", input: `Company ${row}`, metadata: taggedMetadata(null, id, row) };
    await writer.add({ row, input });
  }
  await writer.seal();
  return id;
}

function run(journal: MemoryJournal, api: FakeUpstream, uploadId: string, extra: Partial<RunUploadOptions> = {}) {
  return runUpload({ uploadId, journal, api, sleep: instantSleep, settleMs: 0, ...extra });
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** Batch 1 is answered; batch 2 reaches the server, then the tab dies before its answer. */
function reloadDuringSecondBatch(api: FakeUpstream): AbortSignal {
  const cancel = new AbortController();
  api.script = (call) => {
    if (call === 2) cancel.abort();
    return { create: true, outcome: call === 2 ? { kind: "unknown", retryAfterMs: null, message: "The page was reloaded" } : undefined };
  };
  return cancel.signal;
}

describe("runUpload", () => {
  it("creates the group and sends 2,500 rows in 3 batches, each row once", async () => {
    const journal = new MemoryJournal();
    const api = new FakeUpstream();
    const id = await writeRows(journal, 2_500);
    const result = await run(journal, api, id);
    expect(result).toMatchObject({ phase: "done", submittedRows: 2_500, batchCount: 3, batchesDone: 3, failedRows: [] });
    expect(api.addCalls).toBe(3);
    expect(api.groupMetadata.get(result.groupId!)).toEqual({ name: "Companies", upload_id: id });
    expect(api.rowsOf(result.groupId!, id)).toEqual(range(2_500));
    expect((await journal.getUpload(id))?.state).toBe("done");
    await expect(journal.getPayload(id, 0)).rejects.toThrow();
    expect(api.registry).toContain(`register ${id}`);
    expect(api.registry.at(-1)).toBe("upload done");
  });

  it("adds to an existing group without creating one", async () => {
    const journal = new MemoryJournal();
    const api = new FakeUpstream();
    const groupId = await api.createGroup({ name: "Existing" });
    const id = await writeRows(journal, 10, groupId);
    expect(await run(journal, api, id)).toMatchObject({ phase: "done", groupId });
    expect(api.groups.size).toBe(1);
    expect(api.rowsOf(groupId, id)).toEqual(range(10));
  });

  it("waits out 429s for as long as Retry-After says and still sends every row once", async () => {
    const journal = new MemoryJournal();
    const api = new FakeUpstream();
    api.script = (call) =>
      call % 2 === 1
        ? { create: false, outcome: { kind: "rate_limited", retryAfterMs: 30_000, message: "Rate limited" } }
        : { create: true };
    let clock = 0;
    const sleeps: number[] = [];
    const id = await writeRows(journal, 2_500);
    const result = await run(journal, api, id, {
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
    });
    expect(result.phase).toBe("done");
    expect(api.addCalls).toBe(6);
    expect(sleeps.filter((ms) => ms === 30_000).length).toBeGreaterThan(0);
    expect(api.rowsOf(result.groupId!, id)).toEqual(range(2_500));
  });

  it.each([
    {
      name: "checks the runs stream after a lost answer and does not send the created rows again",
      // Call 3 creates its runs but the answer never arrives.
      lost: { call: 3, created: true, message: "Failed to fetch" },
      rows: 2_500,
      // Batch 3 was sent after batch 2 was answered, so its runs are looked for after batch 2's cursor.
      streamReads: ["r00001000"],
    },
    {
      name: "sends a batch again when the lost request created nothing",
      lost: { call: 1, created: false, message: "HTTP 502" },
      rows: 1_500,
      streamReads: [null],
    },
  ])("$name", async ({ lost, rows, streamReads }) => {
    const journal = new MemoryJournal();
    const api = new FakeUpstream();
    api.script = (call) =>
      call === lost.call
        ? { create: lost.created, outcome: { kind: "unknown", retryAfterMs: null, message: lost.message } }
        : { create: true };
    const id = await writeRows(journal, rows);
    const result = await run(journal, api, id, { concurrency: 1 });
    expect(result.phase).toBe("done");
    expect(api.addCalls).toBe(3);
    expect(api.streamReads).toEqual(streamReads);
    expect(api.rowsOf(result.groupId!, id)).toEqual(range(rows));
  });

  it("resumes after a crash mid-request: exactly the missing rows are sent", async () => {
    const journal = new MemoryJournal();
    const api = new FakeUpstream();
    const id = await writeRows(journal, 3_000);
    const first = await run(journal, api, id, { concurrency: 1, signal: reloadDuringSecondBatch(api) });
    expect(first.phase).toBe("cancelled");
    expect((await journal.getBatches(id)).map((b) => b.state)).toEqual(["done", "sending", "pending"]);

    // Session 2, as after a reload.
    api.script = () => ({ create: true });
    const second = await run(journal, api, id);
    expect(second).toMatchObject({ phase: "done", submittedRows: 3_000, batchesDone: 3 });
    expect(api.addCalls).toBe(3);
    expect(api.rowsOf(second.groupId!, id)).toEqual(range(3_000));
  });

  it("tells the registry on resume what the journal finished while the registry was not hearing", async () => {
    const journal = new MemoryJournal();
    const api = new FakeUpstream();
    const id = await writeRows(journal, 3_000);
    // Session 1 ends as a reload does: the registry writes still queued are lost.
    api.registryDown = true;
    await run(journal, api, id, { concurrency: 1, signal: reloadDuringSecondBatch(api) });

    api.registryDown = false;
    api.script = () => ({ create: true, outcome: { kind: "rate_limited", retryAfterMs: null, message: "later" } });
    await run(journal, api, id, { signal: AbortSignal.abort() });
    expect(api.registeredBatches.map((b) => [b.index, b.state, b.submittedRows])).toEqual([
      [0, "done", 1_000],
      [1, "sending", 0],
      [2, "pending", 0],
    ]);
  });

  it("sends only the rows a half-created batch is missing", async () => {
    const journal = new MemoryJournal();
    const api = new FakeUpstream();
    const id = await writeRows(journal, 10);
    api.script = (call, body) => {
      if (call !== 1) return { create: true };
      // The upstream created the first 4 runs of the batch, then the connection broke.
      const runs = api.groups.get("tgrp_1")!;
      for (const input of body.inputs.slice(0, 4)) runs.push({ metadata: input.metadata!, cursor: `r${runs.length + 1}` });
      return { create: false, outcome: { kind: "unknown", retryAfterMs: null, message: "reset" } };
    };
    const result = await run(journal, api, id);
    expect(result.phase).toBe("done");
    expect(api.rowsOf(result.groupId!, id)).toEqual(range(10));
  });

  it("lists the rows of a rejected batch and sends just those on retry", async () => {
    const journal = new MemoryJournal();
    const api = new FakeUpstream();
    api.script = (call) =>
      call === 2
        ? { create: false, outcome: { kind: "rejected", status: 422, message: "inputs[3]: Unknown processor" } }
        : { create: true };
    const id = await writeRows(journal, 2_100);
    const first = await run(journal, api, id, { concurrency: 1 });
    expect(first.phase).toBe("failed");
    expect(first.message).toBe("1,000 rows were not accepted.");
    expect(first.failedRows).toHaveLength(1_000);
    expect(first.failedRows[0]).toEqual({ row: 1_001, message: "row 1004: Unknown processor" });
    expect(first.submittedRows).toBe(1_100);

    expect(await retryFailedBatches(journal, id)).toBe(1_000);
    api.script = () => ({ create: true });
    const second = await run(journal, api, id);
    expect(second).toMatchObject({ phase: "done", submittedRows: 2_100, failedRows: [] });
    expect(api.rowsOf(second.groupId!, id)).toEqual(range(2_100));
  });

  it("finds the group a lost create-group answer made instead of creating a second", async () => {
    const journal = new MemoryJournal();
    const api = new FakeUpstream();
    api.createGroupFails = 1;
    const id = await writeRows(journal, 5);
    const result = await run(journal, api, id);
    expect(result.phase).toBe("done");
    expect(api.groups.size).toBe(1);
    expect(api.rowsOf(result.groupId!, id)).toEqual(range(5));
  });

  it("marks a batch failed after repeated unanswered sends, never having sent created rows twice", async () => {
    const journal = new MemoryJournal();
    const api = new FakeUpstream();
    api.script = () => ({ create: false, outcome: { kind: "unknown", retryAfterMs: null, message: "HTTP 503" } });
    const id = await writeRows(journal, 3);
    const result = await run(journal, api, id, { maxAttempts: 3 });
    expect(result.phase).toBe("failed");
    expect(api.addCalls).toBe(3);
    expect(result.failedRows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(result.failedRows[0].message).toMatch(/^No answer after 3 attempts/);
  });

  it("stops starting requests on cancel and resumes later", async () => {
    const journal = new MemoryJournal();
    const api = new FakeUpstream();
    const cancel = new AbortController();
    api.script = (call) => {
      if (call === 1) cancel.abort();
      return { create: true };
    };
    const id = await writeRows(journal, 3_000);
    const first = await run(journal, api, id, { concurrency: 1, signal: cancel.signal });
    expect(first).toMatchObject({ phase: "cancelled", submittedRows: 1_000 });
    api.script = () => ({ create: true });
    const second = await run(journal, api, id);
    expect(second.phase).toBe("done");
    expect(api.rowsOf(second.groupId!, id)).toEqual(range(3_000));
  });
});
