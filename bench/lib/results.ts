import { summarize } from "./stats";

// What bench/results.json holds: per figure, its measures (median, min, max, runs), sizes, goal and
// verdict, and the machine it ran on.

export type GoalOp = ">=" | "<=";

export interface Goal {
  op: GoalOp;
  value: number;
}

export interface Measure {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  /** Every value, in round order. */
  values: number[];
  goal?: Goal;
  /** Only for measures with a goal. */
  pass?: boolean;
}

export interface Machine {
  cpus: number;
  model: string;
  memoryGiB: number;
  node: string;
  os: string;
  date: string;
  /** 1-minute load average when the figure started: a busy machine reads slow. */
  loadAverage1m: number;
}

export type FigureStatus = "measured" | "not yet measurable" | "error";

export interface FigureOutcome {
  status: FigureStatus;
  /** Why a figure could not be measured. */
  reason?: string;
  sizes: Record<string, number | string>;
  measures: Measure[];
  notes: string[];
}

export interface FigureResult extends FigureOutcome {
  id: string;
  what: string;
  mode: "full" | "quick";
  reproduce: string;
  durationMs: number;
  machine: Machine;
  /** Every goal met (null when nothing was measured against a goal). */
  pass: boolean | null;
}

export interface BenchResults {
  generatedAt: string;
  machine: Machine;
  figures: FigureResult[];
}

export function measure(name: string, unit: string, values: number[], goal?: Goal): Measure {
  const summary = summarize(values);
  const result: Measure = { name, unit, ...summary, values };
  if (goal) {
    result.goal = goal;
    result.pass = goal.op === ">=" ? summary.median >= goal.value : summary.median <= goal.value;
  }
  return result;
}

export function figurePass(measures: Measure[]): boolean | null {
  const judged = measures.filter((m) => m.pass !== undefined);
  return judged.length === 0 ? null : judged.every((m) => m.pass);
}

export function notMeasurable(reason: string, sizes: Record<string, number | string> = {}): FigureOutcome {
  return { status: "not yet measurable", reason, sizes, measures: [], notes: [] };
}
