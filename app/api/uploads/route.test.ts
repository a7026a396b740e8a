import { describe, expect, it } from "vitest";
import { callRoute, setUpRouteTests } from "@/lib/registry/route-test-support";
import { deepJsonText } from "@/lib/testing/deep-json";
import type { UploadEntry } from "@/lib/registry/uploads/uploads-schema";
import * as batchRoute from "./[id]/batches/[n]/route";
import * as uploadRoute from "./[id]/route";
import * as uploadsRoute from "./route";

setUpRouteTests();

const GROUP = "tgrp_0123456789abcdef0123456789abcdef";
const ID = "upl_0123456789abcdef01234567";
const register = {
  id: ID,
  group_id: GROUP,
  kind: "file",
  label: "companies.csv",
  total_rows: 2_500,
  batches: [
    { index: 0, row_count: 1_000, first_row: 1, last_row: 1_000 },
    { index: 1, row_count: 1_000, first_row: 1_001, last_row: 2_000 },
    { index: 2, row_count: 500, first_row: 2_001, last_row: 2_500 },
  ],
};

const patchBatch = (n: number, body: unknown) =>
  callRoute<UploadEntry>(batchRoute.PATCH, "PATCH", `/api/uploads/${ID}/batches/${n}`, {
    params: { id: ID, n: String(n) },
    body,
  });

describe("/api/uploads", () => {
  it("registers an upload idempotently and records each batch outcome", async () => {
    const created = await callRoute<UploadEntry>(uploadsRoute.POST, "POST", "/api/uploads", { body: register });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: ID, group_id: GROUP, state: "ready", total_rows: 2_500, batch_count: 3, submitted_rows: 0 });

    await patchBatch(0, { state: "sending", submitted_rows: 0, attempts: 1, error: null });
    const done = await patchBatch(0, { state: "done", submitted_rows: 1_000, attempts: 1, error: null });
    expect(done.body.batches?.[0]).toMatchObject({ state: "done", submitted_rows: 1_000, attempts: 1 });
    await patchBatch(1, { state: "failed", submitted_rows: 0, attempts: 1, error: "inputs[3]: Unknown processor" });

    // A resumed upload registers again: the outcomes stay.
    const again = await callRoute<UploadEntry>(uploadsRoute.POST, "POST", "/api/uploads", { body: register });
    expect(again.body).toMatchObject({ submitted_rows: 1_000, batches_done: 1, batches_failed: 1 });

    const state = await callRoute<UploadEntry>(uploadRoute.PATCH, "PATCH", `/api/uploads/${ID}`, {
      params: { id: ID },
      body: { state: "failed" },
    });
    expect(state.body.state).toBe("failed");

    const read = await callRoute<UploadEntry>(uploadRoute.GET, "GET", `/api/uploads/${ID}`, { params: { id: ID } });
    expect(read.body.batches?.map((b) => b.state)).toEqual(["done", "failed", "pending"]);

    const list = await callRoute<{ items: UploadEntry[] }>(uploadsRoute.GET, "GET", `/api/uploads?group_id=${GROUP}`);
    expect(list.body.items.map((u) => u.id)).toEqual([ID]);
  });

  it("catches up with the journal's outcomes on registration, and never turns a done batch back", async () => {
    await callRoute(uploadsRoute.POST, "POST", "/api/uploads", { body: register });
    await patchBatch(0, { state: "sending", submitted_rows: 0, attempts: 1, error: null });
    await patchBatch(1, { state: "done", submitted_rows: 1_000, attempts: 1, error: null });

    // After a reload: the journal knows batch 0 finished; the registry never heard.
    const journal = [
      { state: "done", submitted_rows: 1_000, attempts: 1 },
      { state: "sending", submitted_rows: 0, attempts: 2 },
      { state: "pending", submitted_rows: 0, attempts: 0 },
    ];
    const resumed = await callRoute<UploadEntry>(uploadsRoute.POST, "POST", "/api/uploads", {
      body: { ...register, batches: register.batches.map((b, i) => ({ ...b, ...journal[i] })) },
    });
    expect(resumed.body.batches?.map((b) => [b.state, b.submitted_rows])).toEqual([
      ["done", 1_000],
      ["done", 1_000],
      ["pending", 0],
    ]);
    expect(resumed.body).toMatchObject({ submitted_rows: 2_000, batches_done: 2 });

    // A late write from the page that was reloaded.
    const late = await patchBatch(0, { state: "sending", submitted_rows: 0, attempts: 1, error: null });
    expect(late.status).toBe(200);
    expect(late.body.batches?.[0]).toMatchObject({ state: "done", submitted_rows: 1_000 });
  });

  it("answers 404 for an unknown upload or batch and 422 for bad input", async () => {
    const unknown = "upl_ffffffffffffffffffffffff";
    expect((await callRoute(uploadRoute.GET, "GET", `/api/uploads/${unknown}`, { params: { id: unknown } })).status).toBe(404);
    expect((await patchBatch(99, { state: "done", submitted_rows: 1, attempts: 1, error: null })).status).toBe(404);
    expect((await patchBatch(0, { state: "exploded", submitted_rows: 1, attempts: 1, error: null })).status).toBe(422);
    expect((await callRoute(uploadsRoute.POST, "POST", "/api/uploads", { body: { ...register, id: "nope" } })).status).toBe(422);
  });

  it("refuses a body nested 5,000 levels deep with a 422 naming the field and the depth limit", async () => {
    const deep = await callRoute<{ error: { code: string; message: string } }>(uploadsRoute.POST, "POST", "/api/uploads", {
      body: `{"id":"${ID}","label":${deepJsonText(5_000)}}`,
    });
    expect(deep.status).toBe(422);
    expect(deep.body.error).toMatchObject({
      code: "validation_failed",
      message: "Invalid body field 'label' nested 5000 levels deep; the limit is 64",
    });
  });
});
