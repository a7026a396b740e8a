import type { Metadata, TaskRunInput } from "../parallel/types";
import { normaliseValue } from "./normalise-value";

// How a run of one group is paired with a run of another. Runs made by "Try with another
// processor" carry their source run's id (`source_run`) and its upload row (`row`), so a sample
// matches its origin both ways.

export const MATCH_MODES = ["source", "row", "field"] as const;

export type MatchBy = { mode: "source" } | { mode: "row" } | { mode: "field"; field: string };

/** Metadata keys a sampled run carries back to where it came from. */
export const SOURCE_RUN_KEY = "source_run";
export const SOURCE_GROUP_KEY = "source_group";
export const UPLOAD_ROW_KEY = "row";

interface KeyedRun {
  runId: string;
  metadata: Metadata | null;
  input: TaskRunInput["input"] | null | undefined;
}

/** The key two runs share when they answer the same original row; null when the run has none. */
export function matchKeyOf(run: KeyedRun, by: MatchBy): string | null {
  if (by.mode === "source") {
    const source = run.metadata?.[SOURCE_RUN_KEY];
    return typeof source === "string" && source !== "" ? source : run.runId;
  }
  if (by.mode === "row") {
    const row = run.metadata?.[UPLOAD_ROW_KEY];
    return row === undefined || row === null ? null : String(row);
  }
  const input = run.input;
  if (!input || typeof input !== "object") return null;
  return normaliseValue(input[by.field]);
}

/** Pairs runs of several groups by key: only keys every group has, in the first group's order. */
export function matchRuns<T extends KeyedRun>(groups: readonly (readonly T[])[], by: MatchBy): T[][] {
  const [first, ...others] = groups;
  if (!first) return [];
  const indexes = others.map((runs) => {
    const byKey = new Map<string, T>();
    for (const run of runs) {
      const key = matchKeyOf(run, by);
      if (key !== null && !byKey.has(key)) byKey.set(key, run);
    }
    return byKey;
  });
  const matched: T[][] = [];
  for (const run of first) {
    const key = matchKeyOf(run, by);
    if (key === null) continue;
    const partners = indexes.map((index) => index.get(key));
    if (partners.every((partner): partner is T => partner !== undefined)) matched.push([run, ...partners]);
  }
  return matched;
}
