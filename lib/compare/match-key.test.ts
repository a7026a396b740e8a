import { describe, expect, it } from "vitest";
import { matchKeyOf, matchRuns, type MatchBy } from "./match-key";

const run = (runId: string, metadata: Record<string, string | number> | null, input: Record<string, unknown> | string = {}) => ({
  runId,
  metadata,
  input,
});

/** Runs `${prefix}${row}`, one per row, with `more(row)` in their metadata besides the row. */
const rowRuns = (prefix: string, rows: number[], more: (row: number) => Record<string, string> = () => ({})) =>
  rows.map((row) => run(`${prefix}${row}`, { ...more(row), row }));

/** Each matched pair (or triple) as its run ids joined by " + ". */
const matched = (groups: ReturnType<typeof run>[][], by: MatchBy) =>
  matchRuns(groups, by).map((pair) => pair.map((r) => r.runId).join(" + "));

describe("matchRuns", () => {
  it("pairs a sampled run with the run it came from (source run)", () => {
    const sample = rowRuns("trun_b", [2, 3], (row) => ({ source_run: `trun_a${row}` }));
    expect(matched([rowRuns("trun_a", [1, 2, 3]), sample], { mode: "source" })).toEqual(["trun_a2 + trun_b2", "trun_a3 + trun_b3"]);
  });

  it("pairs two uploads of one file by upload row", () => {
    const first = rowRuns("trun_a", [1, 2], () => ({ upload_id: "u1" }));
    const second = rowRuns("trun_b", [2, 1], () => ({ upload_id: "u2" }));
    expect(matched([first, second], { mode: "row" })).toEqual(["trun_a1 + trun_b1", "trun_a2 + trun_b2"]);
  });

  it("pairs by a chosen input field, normalised, and leaves runs without it unmatched", () => {
    const a = [run("a1", null, { company: "Acme " }), run("a2", null, { company: "Globex" }), run("a3", null, "text input")];
    const b = [run("b1", null, { company: "ACME" }), run("b3", null, { domain: "x" })];
    expect(matched([a, b], { mode: "field", field: "company" })).toEqual(["a1 + b1"]);
    expect(matchKeyOf(a[2], { mode: "field", field: "company" })).toBeNull();
  });

  it("keeps only keys every one of three groups has", () => {
    expect(matched([rowRuns("a", [1, 2]), rowRuns("b", [1, 2]), rowRuns("c", [2])], { mode: "row" })).toEqual(["a2 + b2 + c2"]);
  });
});
