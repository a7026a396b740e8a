import { describe, expect, it } from "vitest";
import { matchKeyOf, matchRuns } from "./match-key";

const run = (runId: string, metadata: Record<string, string | number> | null, input: Record<string, unknown> | string = {}) => ({
  runId,
  metadata,
  input,
});

describe("matchRuns", () => {
  it("pairs a sampled run with the run it came from (source run)", () => {
    const original = [run("trun_a1", { row: 1 }), run("trun_a2", { row: 2 }), run("trun_a3", { row: 3 })];
    const sample = [run("trun_b2", { source_run: "trun_a2", row: 2 }), run("trun_b3", { source_run: "trun_a3", row: 3 })];
    const pairs = matchRuns([original, sample], { mode: "source" });
    expect(pairs.map((pair) => pair.map((r) => r.runId))).toEqual([
      ["trun_a2", "trun_b2"],
      ["trun_a3", "trun_b3"],
    ]);
  });

  it("pairs two uploads of one file by upload row", () => {
    const first = [run("trun_a1", { upload_id: "u1", row: 1 }), run("trun_a2", { upload_id: "u1", row: 2 })];
    const second = [run("trun_b2", { upload_id: "u2", row: 2 }), run("trun_b1", { upload_id: "u2", row: 1 })];
    const pairs = matchRuns([first, second], { mode: "row" });
    expect(pairs.map((pair) => pair.map((r) => r.runId))).toEqual([
      ["trun_a1", "trun_b1"],
      ["trun_a2", "trun_b2"],
    ]);
  });

  it("pairs by a chosen input field, normalised, and leaves runs without it unmatched", () => {
    const a = [run("a1", null, { company: "Acme " }), run("a2", null, { company: "Globex" }), run("a3", null, "text input")];
    const b = [run("b1", null, { company: "ACME" }), run("b3", null, { domain: "x" })];
    const pairs = matchRuns([a, b], { mode: "field", field: "company" });
    expect(pairs.map((pair) => pair.map((r) => r.runId))).toEqual([["a1", "b1"]]);
    expect(matchKeyOf(a[2], { mode: "field", field: "company" })).toBeNull();
  });

  it("keeps only keys every one of three groups has", () => {
    const a = [run("a1", { row: 1 }), run("a2", { row: 2 })];
    const b = [run("b1", { row: 1 }), run("b2", { row: 2 })];
    const c = [run("c2", { row: 2 })];
    expect(matchRuns([a, b, c], { mode: "row" }).map((pair) => pair.map((r) => r.runId))).toEqual([["a2", "b2", "c2"]]);
  });
});
