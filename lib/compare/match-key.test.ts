import { describe, expect, it } from "vitest";
import { matchKeyOf, matchRuns, type MatchBy } from "./match-key";

const run = (runId: string, metadata: Record<string, string | number> | null, input: Record<string, unknown> | string = {}) => ({
  runId,
  metadata,
  input,
});

/** Runs of two or more groups, the key to match them by, and the run ids paired, in order. */
const MATCHES: { name: string; groups: ReturnType<typeof run>[][]; by: MatchBy; pairs: string[][] }[] = [
  {
    name: "pairs a sampled run with the run it came from (source run)",
    groups: [
      [run("trun_a1", { row: 1 }), run("trun_a2", { row: 2 }), run("trun_a3", { row: 3 })],
      [run("trun_b2", { source_run: "trun_a2", row: 2 }), run("trun_b3", { source_run: "trun_a3", row: 3 })],
    ],
    by: { mode: "source" },
    pairs: [
      ["trun_a2", "trun_b2"],
      ["trun_a3", "trun_b3"],
    ],
  },
  {
    name: "pairs two uploads of one file by upload row",
    groups: [
      [run("trun_a1", { upload_id: "u1", row: 1 }), run("trun_a2", { upload_id: "u1", row: 2 })],
      [run("trun_b2", { upload_id: "u2", row: 2 }), run("trun_b1", { upload_id: "u2", row: 1 })],
    ],
    by: { mode: "row" },
    pairs: [
      ["trun_a1", "trun_b1"],
      ["trun_a2", "trun_b2"],
    ],
  },
  {
    name: "keeps only keys every one of three groups has",
    groups: [[run("a1", { row: 1 }), run("a2", { row: 2 })], [run("b1", { row: 1 }), run("b2", { row: 2 })], [run("c2", { row: 2 })]],
    by: { mode: "row" },
    pairs: [["a2", "b2", "c2"]],
  },
];

describe("matchRuns", () => {
  it.each(MATCHES)("$name", ({ groups, by, pairs }) => {
    expect(matchRuns(groups, by).map((pair) => pair.map((r) => r.runId))).toEqual(pairs);
  });

  it("pairs by a chosen input field, normalised, and leaves runs without it unmatched", () => {
    const a = [run("a1", null, { company: "Acme " }), run("a2", null, { company: "Globex" }), run("a3", null, "text input")];
    const b = [run("b1", null, { company: "ACME" }), run("b3", null, { domain: "x" })];
    const pairs = matchRuns([a, b], { mode: "field", field: "company" });
    expect(pairs.map((pair) => pair.map((r) => r.runId))).toEqual([["a1", "b1"]]);
    expect(matchKeyOf(a[2], { mode: "field", field: "company" })).toBeNull();
  });
});
