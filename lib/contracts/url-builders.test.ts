import { describe, expect, it } from "vitest";
import { runsPageUrl } from "../client/run-queries";
import { exportQuerySchema, groupExportUrl } from "./group-export";
import { DEFAULT_RUNS_PAGE_SIZE, groupRunsUrl, runsQuerySchema } from "./group-runs";
import { groupsUrl, listGroupsQuerySchema } from "./groups";
import { batchParamsSchema, uploadBatchUrl } from "./uploads";

// A URL built from a contract must mean, to the route that reads it with the same contract, what the caller asked.
const queryOf = (url: string) => Object.fromEntries(new URL(url, "http://console.test").searchParams);
const pathOf = (url: string) => new URL(url, "http://console.test").pathname;

describe("contract URL builders", () => {
  it("build a runs page URL the runs route reads back as the page asked for", () => {
    const url = runsPageUrl("tgrp_abc", { status: "failed", q: "acme & co", page: 3, pageSize: 100, fields: "input,output" });
    expect(pathOf(url)).toBe("/api/groups/tgrp_abc/runs");
    expect(runsQuerySchema.parse(queryOf(url))).toMatchObject({
      status: "failed",
      q: "acme & co",
      offset: 200,
      limit: 100,
      fields: { input: true, output: true },
    });
  });

  it("leave out what is not set, so the route's defaults (one page size for both sides) apply", () => {
    const url = groupRunsUrl({ id: "tgrp_abc" }, { status: null, q: "", fields: "" });
    expect(url).toBe("/api/groups/tgrp_abc/runs");
    expect(runsQuerySchema.parse(queryOf(url))).toMatchObject({
      limit: DEFAULT_RUNS_PAGE_SIZE,
      offset: 0,
      fields: { input: false, output: false },
    });
  });

  it("encode ids and free text, for groups, exports and upload batches", () => {
    expect(listGroupsQuerySchema.parse(queryOf(groupsUrl({ q: "a&b=c", sort: "name", cursor: null })))).toMatchObject({
      q: "a&b=c",
      sort: "name",
    });
    const exportUrl = groupExportUrl({ id: "tgrp_x" }, { format: "jsonl", bom: "1" });
    expect(pathOf(exportUrl)).toBe("/api/groups/tgrp_x/export");
    expect(exportQuerySchema.parse(queryOf(exportUrl))).toMatchObject({ format: "jsonl", bom: true });
    const batch = uploadBatchUrl({ id: "upl_0123abcd", n: 7 });
    const [, , , id, , n] = pathOf(batch).split("/");
    expect(batchParamsSchema.parse({ id, n })).toEqual({ id: "upl_0123abcd", n: 7 });
  });
});
